package org.parley.followup;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.meeting.MeetingId;

/** A recorded decision or action item, with the follow-up meeting planned from it if any. */
public record Outcome(
        long id,
        MeetingId meeting,
        String meetingTitle,
        OutcomeKind kind,
        String text,
        @Nullable Integer agendaPosition,
        @Nullable PersonId ownerPerson,
        @Nullable String ownerName,
        @Nullable String ownerUser,
        @Nullable LocalDate due,
        ActionStatus status,
        @Nullable MeetingId followUp,
        String recordedBy,
        Instant recordedAt) {

    public boolean overdue(LocalDate today) {
        return kind == OutcomeKind.ACTION_ITEM && status == ActionStatus.OPEN && due != null && due.isBefore(today);
    }
}

package org.parley.participation;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.meeting.AnswerSource;
import org.parley.meeting.MeetingId;

/**
 * A participant's proposal of another time for a meeting (docs/0026), with the meeting's zone to show it in.
 *
 * @param source how it came: Parley's page, the API, or a calendar program's COUNTER by e-mail
 * @param decidedBy the planner who took or declined it; null while it is open or when it was superseded
 */
public record CounterProposal(
        CounterProposalId id,
        MeetingId meeting,
        PersonId person,
        String personName,
        Instant start,
        Instant end,
        ZoneId timeZone,
        @Nullable String comment,
        AnswerSource source,
        CounterProposalStatus status,
        Instant proposedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt) {

    public boolean open() {
        return status == CounterProposalStatus.OPEN;
    }
}

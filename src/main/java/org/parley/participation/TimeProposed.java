package org.parley.participation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.AnswerSource;
import org.parley.meeting.MeetingId;
import org.parley.shared.AuditActions;
import org.parley.shared.AuditableEvent;

/**
 * A participant proposed another time for a meeting (docs/0026), published in the transaction that records it: the
 * audit log keeps it and the planner is told.
 *
 * @param planner the username who planned the meeting
 */
public record TimeProposed(
        MeetingId meeting,
        String title,
        CounterProposalId proposal,
        String personName,
        Instant start,
        Instant end,
        ZoneId timeZone,
        @Nullable String comment,
        AnswerSource source,
        String actor,
        String planner)
        implements AuditableEvent {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    @Override
    public String action() {
        return AuditActions.TIME_PROPOSED;
    }

    @Override
    public String target() {
        return "meeting " + meeting.value();
    }

    @Override
    public String details() {
        return personName + ": " + when() + " (" + source.name().toLowerCase(Locale.ROOT) + ")"
                + (comment == null ? "" : " \u2014 " + comment);
    }

    /** The proposed time in the meeting's zone, in English, for the log and the notice. */
    public String when() {
        return WHEN.format(start.atZone(timeZone)) + "\u2013" + WHEN.format(end.atZone(timeZone)) + " "
                + timeZone.getId();
    }
}

package org.parley.meeting;

import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.shared.AuditActions;
import org.parley.shared.AuditableEvent;

/**
 * A participant answered a meeting's invitation (docs/0025), published in the transaction that records it: the
 * audit log keeps it, and the planner hears when a head of delegation declines or when everybody has answered.
 *
 * @param planner the username who planned the meeting
 * @param summary the answers of all participants after this one
 * @param lastToAnswer this was the last participant without an answer: now everybody has answered
 */
public record ParticipantAnswered(
        MeetingId meeting,
        String title,
        PersonId person,
        String personName,
        boolean headOfDelegation,
        ParticipantResponse answer,
        @Nullable String comment,
        AnswerSource source,
        String actor,
        String planner,
        AnswerSummary summary,
        boolean lastToAnswer)
        implements AuditableEvent {

    @Override
    public String action() {
        return AuditActions.ANSWER_RECORDED;
    }

    @Override
    public String target() {
        return "meeting " + meeting.value();
    }

    @Override
    public String details() {
        return personName + ": " + answer.name() + " (" + source.name().toLowerCase(java.util.Locale.ROOT) + ")"
                + (comment == null ? "" : " \u2014 " + comment);
    }
}

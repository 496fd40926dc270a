package org.parley.participation;

import java.time.Instant;
import java.time.ZoneId;
import org.parley.meeting.MeetingId;
import org.parley.shared.AuditActions;
import org.parley.shared.AuditableEvent;

/** The planner took or declined a proposal of another time (docs/0026); the audit log keeps it. */
public record CounterProposalDecided(
        MeetingId meeting,
        CounterProposalId proposal,
        String personName,
        boolean accepted,
        Instant start,
        Instant end,
        ZoneId timeZone,
        String actor)
        implements AuditableEvent {

    @Override
    public String action() {
        return accepted ? AuditActions.TIME_PROPOSAL_ACCEPTED : AuditActions.TIME_PROPOSAL_DECLINED;
    }

    @Override
    public String target() {
        return "meeting " + meeting.value();
    }

    @Override
    public String details() {
        return personName + ": "
                + new TimeProposed(
                                meeting,
                                "",
                                proposal,
                                personName,
                                start,
                                end,
                                timeZone,
                                null,
                                org.parley.meeting.AnswerSource.PARLEY,
                                actor,
                                "")
                        .when();
    }
}

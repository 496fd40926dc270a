package org.parley.meeting;

import org.parley.protocol.Confirmation;
import org.parley.shared.AuditActions;
import org.parley.shared.AuditableEvent;
import org.parley.shared.CountryCode;

/** A planner recorded another side's answer to a meeting (docs/0033); the audit log keeps it. */
public record CounterpartAnswered(
        MeetingId meeting, String title, CountryCode side, Confirmation confirmation, String actor)
        implements AuditableEvent {

    @Override
    public String action() {
        return AuditActions.COUNTERPART_ANSWERED;
    }

    @Override
    public String target() {
        return "meeting " + meeting.value();
    }

    @Override
    public String details() {
        return side.code() + ": " + confirmation.status().name()
                + (confirmation.channel() == null
                        ? ""
                        : " (" + confirmation.channel().name() + ")")
                + (confirmation.reference() == null ? "" : " \u2014 " + confirmation.reference());
    }
}

package org.parley.approval;

import org.parley.meeting.MeetingId;
import org.parley.shared.AuditableEvent;

/**
 * Published when a meeting is submitted or decided on: the audit log keeps it and notifications tell the people
 * concerned.
 *
 * @param planner who created the meeting
 * @param submitter who submitted the current round
 */
public record ApprovalEvent(
        String actor, String action, MeetingId meeting, String title, String planner, String submitter, String details)
        implements AuditableEvent {

    @Override
    public String target() {
        return "meeting " + meeting + " \u201c" + title + "\u201d";
    }
}

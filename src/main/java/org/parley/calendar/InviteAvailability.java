package org.parley.calendar;

import org.parley.meeting.MeetingStatus;

/** What calendar files a meeting offers: only approved meetings leave Parley. */
public enum InviteAvailability {
    /** Draft, pending, rejected or postponed: nothing leaves Parley yet. */
    NOT_YET,
    /** Approved or completed: the invite (REQUEST) and a copy for one's own calendar (PUBLISH). */
    INVITE,
    /**
     * Approved or completed, but nobody in it has an e-mail address (a conference without delegations, say): an
     * invite needs at least one attendee (RFC 5546), so only the copy for one's own calendar.
     */
    COPY_ONLY,
    /** Cancelled: a CANCEL with the same UID and a higher SEQUENCE, which removes it from calendars. */
    CANCELLATION,
    /** Cancelled before it was ever approved: it never left Parley, so there is nothing to send or to cancel. */
    NEVER;

    static InviteAvailability of(MeetingStatus status, boolean everApproved, boolean anyoneToInvite) {
        return switch (status) {
            case APPROVED, COMPLETED -> anyoneToInvite ? INVITE : COPY_ONLY;
            case CANCELLED -> everApproved ? CANCELLATION : NEVER;
            case DRAFT, PENDING_APPROVAL, REJECTED, POSTPONED -> NOT_YET;
        };
    }
}

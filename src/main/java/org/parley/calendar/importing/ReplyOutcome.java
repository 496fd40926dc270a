package org.parley.calendar.importing;

/** What became of a message read from the replies mailbox (docs/0026). */
public enum ReplyOutcome {
    /** The answer or proposal is recorded. */
    APPLIED,
    /** A reply to an older version of the invitation (lower SEQUENCE): kept, not applied over the newer state. */
    STALE,
    /** The UID is not one of Parley's meetings, or the meeting no longer exists. */
    UNKNOWN_MEETING,
    /** The ATTENDEE's address is not a participant of the meeting. */
    UNKNOWN_ATTENDEE,
    /** The ORGANIZER is not Parley's organiser address. */
    FORGED_ORGANISER,
    /** The calendar part cannot be read, or lacks what a reply needs. */
    MALFORMED,
    /** The message holds no REPLY or COUNTER at all. */
    NOT_A_REPLY,
    /** The meeting refused it (cancelled or completed, a proposed time in the past, an answer it does not take). */
    REFUSED;

    boolean applied() {
        return this == APPLIED || this == STALE;
    }
}

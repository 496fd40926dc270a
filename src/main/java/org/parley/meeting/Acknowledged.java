package org.parley.meeting;

/**
 * What a planner has been told and accepted before a meeting is saved. The service asks (by an exception that lists
 * what it found) and the planner's second request says it has been heard.
 */
public enum Acknowledged {
    /** People are busy then or outside their working hours ({@link ConflictsNeedAcknowledgementException}). */
    CONFLICTS,
    /** The change sends an approved or pending meeting back to its approvers ({@link ReapprovalNeedsConfirmationException}). */
    REAPPROVAL
}

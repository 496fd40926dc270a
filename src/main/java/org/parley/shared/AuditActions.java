package org.parley.shared;

import java.util.List;

/**
 * The actions features write to the audit log, so that publishers and the Audit view's filter use the same names.
 * An action is a free string (upper case, past tense, at most {@link #MAX_LENGTH} characters); a feature that adds
 * one should add it here.
 */
public final class AuditActions {

    public static final int MAX_LENGTH = 48;

    /** Actor of entries that no signed-in user caused (start-up work, locks the throttle imposes). */
    public static final String SYSTEM = "system";
    /** Actor of entries caused by someone who is not signed in (failed or refused sign-ins). */
    public static final String ANONYMOUS = "anonymous";

    // sign-in (security)
    public static final String SIGN_IN_SUCCEEDED = "SIGN_IN_SUCCEEDED";
    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    public static final String SIGN_IN_REFUSED = "SIGN_IN_REFUSED";
    public static final String USERNAME_LOCKED = "USERNAME_LOCKED";

    // user administration (security)
    public static final String USER_CREATED = "USER_CREATED";
    public static final String USER_DISABLED = "USER_DISABLED";
    public static final String USER_ENABLED = "USER_ENABLED";
    public static final String ROLES_CHANGED = "ROLES_CHANGED";
    public static final String CLEARANCE_CHANGED = "CLEARANCE_CHANGED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String USER_UNLOCKED = "USER_UNLOCKED";
    /** A user account became a person of the directory, or stopped being one (directory, docs/0025). */
    public static final String ACCOUNT_LINKED = "ACCOUNT_LINKED";

    public static final String ACCOUNT_UNLINKED = "ACCOUNT_UNLINKED";

    // approvals and meetings (names reserved for the approval and meeting features)
    public static final String MEETING_SUBMITTED = "MEETING_SUBMITTED";
    public static final String MEETING_APPROVED = "MEETING_APPROVED";
    public static final String MEETING_REJECTED = "MEETING_REJECTED";
    public static final String MEETING_CANCELLED = "MEETING_CANCELLED";
    /** A participant answered an invitation: accepted, tentative or declined (meeting, docs/0025). */
    public static final String ANSWER_RECORDED = "ANSWER_RECORDED";
    /** A participant proposed another time; the planner took or declined it (participation, docs/0026). */
    public static final String TIME_PROPOSED = "TIME_PROPOSED";

    public static final String TIME_PROPOSAL_ACCEPTED = "TIME_PROPOSAL_ACCEPTED";
    public static final String TIME_PROPOSAL_DECLINED = "TIME_PROPOSAL_DECLINED";
    /** An approval or rejection the rules refused (four eyes, senior approval, a decision on an old version). */
    public static final String DECISION_REFUSED = "DECISION_REFUSED";

    // calendar feeds (names reserved for the calendar feature)
    public static final String FEED_CREATED = "FEED_CREATED";
    public static final String FEED_REVOKED = "FEED_REVOKED";
    public static final String FEED_ROTATED = "FEED_ROTATED";

    // personal API tokens (security)
    public static final String API_TOKEN_CREATED = "API_TOKEN_CREATED";
    public static final String API_TOKEN_REVOKED = "API_TOKEN_REVOKED";

    // readouts (readout, docs/0029) and open questions (relations, docs/0030)
    public static final String READOUT_RELEASED = "READOUT_RELEASED";
    public static final String READOUT_CORRECTED = "READOUT_CORRECTED";
    public static final String READOUT_WITHDRAWN = "READOUT_WITHDRAWN";
    public static final String QUESTION_CREATED = "QUESTION_CREATED";
    public static final String QUESTION_CHANGED = "QUESTION_CHANGED";
    public static final String QUESTION_STATUS_CHANGED = "QUESTION_STATUS_CHANGED";
    public static final String QUESTION_NOTED = "QUESTION_NOTED";
    public static final String QUESTION_RAISED = "QUESTION_RAISED";
    public static final String QUESTION_OUTCOME_ADDED = "QUESTION_OUTCOME_ADDED";

    // operations (database)
    public static final String DATABASE_BACKED_UP = "DATABASE_BACKED_UP";

    /** Every action above, in the order the Audit view offers them. */
    public static final List<String> KNOWN = List.of(
            SIGN_IN_SUCCEEDED,
            SIGN_IN_FAILED,
            SIGN_IN_REFUSED,
            USERNAME_LOCKED,
            USER_CREATED,
            USER_DISABLED,
            USER_ENABLED,
            ROLES_CHANGED,
            CLEARANCE_CHANGED,
            PASSWORD_RESET,
            PASSWORD_CHANGED,
            USER_UNLOCKED,
            ACCOUNT_LINKED,
            ACCOUNT_UNLINKED,
            MEETING_SUBMITTED,
            MEETING_APPROVED,
            MEETING_REJECTED,
            MEETING_CANCELLED,
            TIME_PROPOSED,
            TIME_PROPOSAL_ACCEPTED,
            TIME_PROPOSAL_DECLINED,
            DECISION_REFUSED,
            ANSWER_RECORDED,
            FEED_CREATED,
            FEED_ROTATED,
            FEED_REVOKED,
            API_TOKEN_CREATED,
            API_TOKEN_REVOKED,
            READOUT_RELEASED,
            READOUT_CORRECTED,
            READOUT_WITHDRAWN,
            QUESTION_CREATED,
            QUESTION_CHANGED,
            QUESTION_STATUS_CHANGED,
            QUESTION_NOTED,
            QUESTION_RAISED,
            QUESTION_OUTCOME_ADDED,
            DATABASE_BACKED_UP);

    private AuditActions() {}
}

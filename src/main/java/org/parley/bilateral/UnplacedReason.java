package org.parley.bilateral;

/** Why the last plan left a request out: the first rule, checked in this order, that blocks every place for it. */
public enum UnplacedReason {
    /** Its earliest and latest times leave no room inside the conference's days and hours. */
    OUTSIDE_CONFERENCE_HOURS,
    /** No bilateral room holds its party. */
    NO_ROOM_LARGE_ENOUGH,
    /** The counterpart is unavailable or in other meetings at every possible time. */
    COUNTERPART_UNAVAILABLE,
    /** Our principal is in the programme or other meetings at every possible time. */
    PRINCIPAL_BUSY,
    /** Each side alone has free times, but never the same ones. */
    NO_COMMON_TIME,
    /** Every free time and room is taken by bilaterals that matter more. */
    TAKEN_BY_OTHERS,
    /** A place exists, but the solver did not reach it in the time given: planning again for longer may help. */
    NOT_FOUND_IN_TIME
}

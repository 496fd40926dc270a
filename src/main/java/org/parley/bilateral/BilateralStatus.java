package org.parley.bilateral;

/** Where a request stands: asked for, agreed by both sides, declined, in the accepted plan, or held. */
public enum BilateralStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    PLANNED,
    HELD;

    /** Declined and held bilaterals need no place in a plan. */
    boolean needsPlace() {
        return this != DECLINED && this != HELD;
    }
}

package org.parley.protocol;

/** The other side's answer to a meeting we propose to them (docs/0033). */
public enum ConfirmationStatus {
    /** Proposed to them; no answer yet. */
    PROPOSED,
    CONFIRMED,
    DECLINED,
    /** They answered with another time of their own. */
    COUNTER_PROPOSED
}

package org.parley.participation;

/** Where a proposal of another time stands (docs/0026). */
public enum CounterProposalStatus {
    /** Waiting for the planner. */
    OPEN,
    /** The planner took it: the meeting moved to the proposed time. */
    ACCEPTED,
    /** The planner declined it; the meeting keeps its time. */
    DECLINED,
    /** The same participant proposed again; the newer proposal counts. */
    SUPERSEDED
}

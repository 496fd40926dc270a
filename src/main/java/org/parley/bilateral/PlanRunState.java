package org.parley.bilateral;

/** Where a conference's planning run stands. */
public enum PlanRunState {
    /** No run since the server started. */
    IDLE,
    RUNNING,
    /** Ran its full time; the plan is kept on the requests. */
    FINISHED,
    /** Stopped early by a planner; the best plan found until then is kept. */
    STOPPED,
    /** Ended with an error; the requests keep the plan they had before. */
    FAILED
}

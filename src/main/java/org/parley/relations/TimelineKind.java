package org.parley.relations;

/** What a timeline entry of an open question records. */
public enum TimelineKind {
    /** The question was opened. */
    CREATED,
    /** Its wording, positions, owner, countries or classification changed. */
    CHANGED,
    /** Its status changed. */
    STATUS,
    /** A planner noted a development. */
    NOTE,
    /** It was put on a meeting's agenda item. */
    RAISED,
    /** A decision or action item was recorded on an agenda item where it was raised. */
    OUTCOME
}

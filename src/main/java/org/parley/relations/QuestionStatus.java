package org.parley.relations;

/** Where an open question stands; resolved and dropped ones are closed. */
public enum QuestionStatus {
    OPEN,
    IN_PROGRESS,
    RESOLVED,
    DROPPED;

    public boolean isClosed() {
        return this == RESOLVED || this == DROPPED;
    }
}

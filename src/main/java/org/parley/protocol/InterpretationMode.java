package org.parley.protocol;

/**
 * How interpreters work at a meeting: consecutive (the speaker pauses) unless it is a conference or a summit, which
 * are interpreted simultaneously from booths (docs/0024).
 */
public enum InterpretationMode {
    CONSECUTIVE,
    SIMULTANEOUS
}

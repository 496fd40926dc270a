package org.parley.bilateral;

/** Which side asked for the bilateral. */
public enum RequestedBy {
    US,
    THEM
}

package org.parley.security;

/** How one sign-in attempt ended. */
public enum LoginOutcome {
    SUCCESS,
    BAD_CREDENTIALS,
    LOCKED,
    DISABLED,
    THROTTLED
}

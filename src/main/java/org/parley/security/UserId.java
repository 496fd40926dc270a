package org.parley.security;

/** Identifies a user account; typed so it cannot be mixed up with other ids. */
public record UserId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}

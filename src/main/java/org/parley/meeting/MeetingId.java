package org.parley.meeting;

/** Identifies a meeting; part of its permanent address {@code /meetings/{id}} and of its calendar UID. */
public record MeetingId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}

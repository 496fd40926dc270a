package org.parley.meeting;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which meetings a calendar feed holds: those matching the filter (its kind, country, planner) that overlap
 * {@code [from, to)}, have one of the statuses, and, if {@code conference} is set, are that conference or one of
 * its sideline meetings. Cancelled meetings count only if they were last changed (cancelled) at or after
 * {@code cancelledSince}. The caller's clearance applies on top, as for every read.
 */
public record MeetingSelection(
        MeetingFilter filter,
        @Nullable MeetingId conference,
        Set<MeetingStatus> statuses,
        Instant from,
        Instant to,
        Instant cancelledSince) {

    public MeetingSelection {
        statuses = Set.copyOf(statuses);
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A selection ends after it starts: " + from + " to " + to);
        }
    }

    /**
     * How many meetings the selection holds and the latest change among them, read without loading them: enough to
     * tell a calendar whether its copy is still current.
     */
    public record Stamp(long count, @Nullable Instant latestChange) {}
}

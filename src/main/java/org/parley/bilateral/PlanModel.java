package org.parley.bilateral;

import org.jspecify.annotations.Nullable;

/** The facts of a planning problem, as whole minutes after the plan's origin (see {@link PlanRules}). */
final class PlanModel {

    private PlanModel() {}

    /** A bilateral room. */
    record PlanRoom(long id, long venueId, String name, int capacity) {}

    /** A time a person or a room is taken by something the plan must work around. */
    record Busy(long personId, long roomId, long venueId, int start, int end) {

        static final long NOBODY = -1;
        static final long NO_ROOM = -1;
    }

    /** A stretch in which a bilateral may take place, start and end included. */
    record Window(int from, int to) {

        boolean holds(int start, int end) {
            return from <= start && end <= to;
        }
    }

    /** A start and a room: the one planning variable of a bilateral. */
    record Placement(int start, PlanRoom room) {}

    static @Nullable Window intersect(@Nullable Window a, Window b) {
        if (a == null) {
            return null;
        }
        int from = Math.max(a.from(), b.from());
        int to = Math.min(a.to(), b.to());
        return from < to ? new Window(from, to) : null;
    }
}

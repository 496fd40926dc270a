package org.parley.bilateral;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.parley.bilateral.BilateralRooms.VenuePair;

/**
 * What a plan must leave between two appointments of one person: the buffer, plus the walk when they are at different
 * venues. Times in a plan are whole minutes after {@link #origin()}, midnight of the conference's first day at the
 * venue, so that the solver compares integers.
 */
final class PlanRules {

    static final int MINUTES_PER_DAY = 24 * 60;
    /** Bilaterals start on the quarter hour: the times a planner would choose and the editor's pickers offer. */
    static final int STEP = 15;

    static final long NO_VENUE = -1;

    private final Instant origin;
    private final int bufferMinutes;
    private final Map<VenuePair, Integer> walkingTimes;

    PlanRules(Instant origin, int bufferMinutes, Map<VenuePair, Integer> walkingTimes) {
        this.origin = origin;
        this.bufferMinutes = bufferMinutes;
        this.walkingTimes = Map.copyOf(walkingTimes);
    }

    Instant origin() {
        return origin;
    }

    int minuteOf(Instant instant) {
        // far-off limits (a request's "latest" years ahead) become the edge of the int range, which is as good
        return (int)
                Math.clamp(Duration.between(origin, instant).toMinutes(), Integer.MIN_VALUE / 2, Integer.MAX_VALUE / 2);
    }

    Instant instantOf(int minute) {
        return origin.plusSeconds(60L * minute);
    }

    /** Minutes one person needs between leaving one venue and being at the next. */
    int gap(long venueA, long venueB) {
        if (venueA == NO_VENUE || venueB == NO_VENUE || venueA == venueB) {
            return bufferMinutes;
        }
        return bufferMinutes + walkingTimes.getOrDefault(VenuePair.of(venueA, venueB), 0);
    }

    /** The day of the conference a minute falls on, 0 for the first; ignores the hour a clock change shifts. */
    static int dayOf(int minute) {
        return Math.floorDiv(minute, MINUTES_PER_DAY);
    }

    /** How long two stretches overlap once the first is followed by {@code gap} minutes; zero or less when apart. */
    static int overlap(int startA, int endA, int startB, int endB, int gap) {
        return Math.min(endA + gap, endB + gap) - Math.max(startA, startB);
    }
}

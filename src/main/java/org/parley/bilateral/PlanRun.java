package org.parley.bilateral;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingId;

/**
 * A conference's latest planning run as the page and the API show it: its state, the best score so far, and how many
 * requests of each priority the best plan so far places.
 *
 * @param endsBy when a running run stops at the latest (its start plus the solving time)
 * @param score the best plan's score so far; null before the first plan is found
 */
public record PlanRun(
        MeetingId conference,
        PlanRunState state,
        @Nullable Instant started,
        @Nullable Instant endsBy,
        @Nullable Instant ended,
        @Nullable PlanScore score,
        int placedMust,
        int placedShould,
        int placedCould,
        int requests) {

    static PlanRun idle(MeetingId conference) {
        return new PlanRun(conference, PlanRunState.IDLE, null, null, null, null, 0, 0, 0, 0);
    }

    public boolean running() {
        return state == PlanRunState.RUNNING;
    }
}

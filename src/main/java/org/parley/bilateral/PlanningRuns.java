package org.parley.bilateral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The planning runs of this server: one at a time per conference, each in the background with the signed-in user of
 * whoever started it, its best plan so far readable while it runs (docs/0027, "Running the solver").
 */
@Component
class PlanningRuns implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlanningRuns.class);

    private final Map<Long, PlanRun> runs = new ConcurrentHashMap<>();
    private final Set<Long> stopped = ConcurrentHashMap.newKeySet();
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    private final Clock clock;

    PlanningRuns(Clock clock) {
        this.clock = clock;
    }

    PlanRun get(MeetingId conference) {
        return runs.getOrDefault(conference.value(), PlanRun.idle(conference));
    }

    /**
     * Runs {@code work} in the background as the conference's run, or refuses when the conference has one running.
     */
    CompletableFuture<PlanOutcome> start(
            MeetingId conference, Duration budget, int requests, Supplier<PlanOutcome> work) {
        Instant now = clock.instant();
        PlanRun started =
                new PlanRun(conference, PlanRunState.RUNNING, now, now.plus(budget), null, null, 0, 0, 0, requests);
        PlanRun current = runs.compute(conference.value(), (id, old) -> old != null && old.running() ? old : started);
        if (current != started) {
            throw new InvalidBilateralException(List.of("bilateral.problem.alreadyPlanning"));
        }
        stopped.remove(conference.value());
        try {
            // a copy: whoever started the run may sign out or be switched while it goes on
            SecurityContext startedBy = SecurityContextHolder.createEmptyContext();
            startedBy.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
            return CompletableFuture.supplyAsync(work, new DelegatingSecurityContextExecutor(background, startedBy))
                    .whenComplete((outcome, error) -> end(conference, outcome, error));
        } catch (RuntimeException refused) { // the server is shutting down
            end(conference, null, refused);
            throw refused;
        }
    }

    /** A better plan found while running. */
    void improved(MeetingId conference, BilateralPlan best) {
        int[] placed = new int[Priority.values().length];
        best.bilaterals().stream()
                .filter(b -> b.placement() != null)
                .forEach(b -> placed[b.priority().ordinal()]++);
        runs.computeIfPresent(
                conference.value(),
                (id, run) -> run.running()
                        ? new PlanRun(
                                conference,
                                PlanRunState.RUNNING,
                                run.started(),
                                run.endsBy(),
                                null,
                                BilateralService.scoreOf(best.score()),
                                placed[Priority.MUST.ordinal()],
                                placed[Priority.SHOULD.ordinal()],
                                placed[Priority.COULD.ordinal()],
                                run.requests())
                        : run);
    }

    /** Notes that a planner stopped the run, so that it ends as stopped rather than finished. */
    void stopping(MeetingId conference) {
        if (get(conference).running()) {
            stopped.add(conference.value());
        }
    }

    private void end(MeetingId conference, @Nullable PlanOutcome outcome, @Nullable Throwable error) {
        boolean stoppedByPlanner = stopped.remove(conference.value());
        Throwable cause =
                error instanceof CompletionException wrapped && wrapped.getCause() != null ? wrapped.getCause() : error;
        // stopped before the solver began: nothing was planned, the requests keep their earlier plan
        boolean cancelled = cause instanceof CancellationException;
        PlanRunState state = outcome == null
                ? cancelled ? PlanRunState.STOPPED : PlanRunState.FAILED
                : stoppedByPlanner ? PlanRunState.STOPPED : PlanRunState.FINISHED;
        if (outcome == null && !cancelled && cause != null) {
            log.warn("Planning the bilaterals of conference {} failed", conference.value(), cause);
        }
        runs.computeIfPresent(
                conference.value(),
                (id, run) -> new PlanRun(
                        conference,
                        state,
                        run.started(),
                        run.endsBy(),
                        clock.instant(),
                        outcome == null ? run.score() : outcome.score(),
                        outcome == null ? run.placedMust() : (int) outcome.placed(Priority.MUST),
                        outcome == null ? run.placedShould() : (int) outcome.placed(Priority.SHOULD),
                        outcome == null ? run.placedCould() : (int) outcome.placed(Priority.COULD),
                        run.requests()));
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}

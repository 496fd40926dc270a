package org.parley.bilateral;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs Timefold Solver on a bilateral plan for at most the configured time ({@code parley.bilateral.solving-time}),
 * one run per conference at a time; a run can be stopped early and keeps the best plan found so far.
 */
@Component
class BilateralSolver implements AutoCloseable {

    private final SolverFactory<BilateralPlan> solverFactory;
    /** The runs going on, by conference: the solver runs in its caller's thread, a stop comes from another. */
    private final Map<Long, Solver<BilateralPlan>> running = new ConcurrentHashMap<>();

    @Autowired
    BilateralSolver(@Value("${parley.bilateral.solving-time:10s}") Duration solvingTime) {
        this(solvingTime, null);
    }

    /**
     * @param searchSteps when given, the improving search stops after that many steps, whatever the machine's load:
     *     tests and benchmarks use it to get the same plan on a busy machine as on an idle one
     */
    BilateralSolver(Duration solvingTime, @Nullable Integer searchSteps) {
        this.solverFactory = SolverFactory.create(config(solvingTime, searchSteps));
    }

    static SolverConfig config(Duration solvingTime, @Nullable Integer searchSteps) {
        LocalSearchPhaseConfig search = new LocalSearchPhaseConfig();
        if (searchSteps != null) {
            search.setTerminationConfig(new TerminationConfig().withStepCountLimit(searchSteps));
        }
        return new SolverConfig()
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withSolutionClass(BilateralPlan.class)
                .withEntityClasses(PlannedBilateral.class)
                .withConstraintProviderClass(BilateralConstraints.class)
                .withPhases(new ConstructionHeuristicPhaseConfig(), search)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(solvingTime));
    }

    /**
     * Solves the problem and returns the best plan; {@code progress} hears each better plan as it is found. Blocks
     * until the time is up or {@link #stop} is called for the same conference.
     */
    BilateralPlan solve(long conferenceId, BilateralPlan problem, Consumer<BilateralPlan> progress) {
        // a plain Solver in the caller's (background) thread, told of each better plan in that same thread: Timefold's
        // SolverManager hands best plans to a consumer thread, and its final hand-over hung now and then in our tests
        Solver<BilateralPlan> solver = solverFactory.buildSolver();
        if (running.putIfAbsent(conferenceId, solver) != null) {
            // two planners pressed "Plan" at once: the second hears so instead of a server error
            throw new InvalidBilateralException(List.of("bilateral.problem.alreadyPlanning"));
        }
        try {
            solver.addEventListener(event -> {
                BilateralPlan best = event.getNewBestSolution();
                if (best.score() != null) {
                    progress.accept(best);
                }
            });
            return solver.solve(problem);
        } finally {
            running.remove(conferenceId, solver);
        }
    }

    void stop(long conferenceId) {
        Solver<BilateralPlan> solver = running.get(conferenceId);
        if (solver != null) {
            solver.terminateEarly();
        }
    }

    boolean isSolving(long conferenceId) {
        return running.containsKey(conferenceId);
    }

    @Override
    public void close() {
        running.values().forEach(Solver::terminateEarly);
    }
}

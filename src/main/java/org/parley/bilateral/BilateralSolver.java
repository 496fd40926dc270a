package org.parley.bilateral;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
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

    /**
     * @param unimprovedTime when positive, the search also ends once it has found nothing better for that long (a small
     *     plan is done long before the budget is spent)
     */
    @Autowired
    BilateralSolver(
            @Value("${parley.bilateral.solving-time:10s}") Duration solvingTime,
            @Value("${parley.bilateral.unimproved-time:0s}") Duration unimprovedTime) {
        this.solverFactory = SolverFactory.create(config(solvingTime, null, unimprovedTime));
    }

    /**
     * @param searchSteps when given, the improving search stops after that many steps, whatever the machine's load:
     *     tests and benchmarks use it to get the same plan on a busy machine as on an idle one
     */
    BilateralSolver(Duration solvingTime, @Nullable Integer searchSteps) {
        this.solverFactory = SolverFactory.create(config(solvingTime, searchSteps, Duration.ZERO));
    }

    static SolverConfig config(Duration solvingTime, @Nullable Integer searchSteps, Duration unimprovedTime) {
        // the plan starts from the greedy one (see solve); what that leaves out, the first pass tries again,
        // hardest first ("must" first, then the fewest possible places), each at its best place
        ConstructionHeuristicPhaseConfig construction = new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING);
        // then improve: move one, swap two, and now and then take a few out and put them back in the best places
        // left (ruin and recreate), the move that makes room for a left-out request by shifting two or three others
        LocalSearchPhaseConfig search = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig()
                        .withMoveSelectors(
                                new ChangeMoveSelectorConfig(),
                                new SwapMoveSelectorConfig(),
                                new RuinRecreateMoveSelectorConfig()
                                        .withMinimumRuinedCount(2)
                                        .withMaximumRuinedCount(3)
                                        .withFixedProbabilityWeight(0.01)));
        TerminationConfig searchEnd = new TerminationConfig();
        if (searchSteps != null) {
            searchEnd.setStepCountLimit(searchSteps);
        }
        if (unimprovedTime.isPositive()) {
            searchEnd.setUnimprovedSpentLimit(unimprovedTime);
        }
        if (searchSteps != null || unimprovedTime.isPositive()) {
            search.setTerminationConfig(searchEnd);
        }
        return new SolverConfig()
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withSolutionClass(BilateralPlan.class)
                .withEntityClasses(PlannedBilateral.class)
                .withConstraintProviderClass(BilateralConstraints.class)
                .withPhases(construction, search)
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
            // start from the plan a slot finder makes (milliseconds): the search then spends its time on improving it
            return solver.solve(GreedyPlan.fill(problem));
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

package org.parley.bilateral;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
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

    private final SolverManager<BilateralPlan, Long> solverManager;

    @Autowired
    BilateralSolver(@Value("${parley.bilateral.solving-time:10s}") Duration solvingTime) {
        this(solvingTime, null);
    }

    /**
     * @param searchSteps when given, the improving search stops after that many steps, whatever the machine's load:
     *     tests and benchmarks use it to get the same plan on a busy machine as on an idle one
     */
    BilateralSolver(Duration solvingTime, @Nullable Integer searchSteps) {
        this.solverManager = SolverManager.create(SolverFactory.create(config(solvingTime, searchSteps)));
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
        SolverJob<BilateralPlan, Long> job;
        try {
            job = solverManager
                    .solveBuilder()
                    .withProblemId(conferenceId)
                    .withProblem(problem)
                    .withBestSolutionConsumer(best -> {
                        if (best.score() != null) {
                            progress.accept(best);
                        }
                    })
                    .run();
        } catch (IllegalStateException alreadyRunning) {
            // two planners pressed "Plan" at once: the second hears so instead of a server error
            throw new InvalidBilateralException(java.util.List.of("bilateral.problem.alreadyPlanning"));
        }
        try {
            return job.getFinalBestSolution();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Planning was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Planning failed", e.getCause());
        }
    }

    void stop(long conferenceId) {
        solverManager.terminateEarly(conferenceId);
    }

    boolean isSolving(long conferenceId) {
        return solverManager.getSolverStatus(conferenceId) != SolverStatus.NOT_SOLVING;
    }

    @Override
    public void close() {
        solverManager.close();
    }
}

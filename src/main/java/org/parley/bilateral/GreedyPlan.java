package org.parley.bilateral;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.parley.bilateral.PlanModel.Placement;

/**
 * The way a planner with a slot finder works: requests in priority order (then as listed), each at its earliest start
 * (then first room) that breaks no hard rule beside what is already placed. The solver starts from this plan and
 * improves it; the benchmark measures the solver against it.
 */
final class GreedyPlan {

    private GreedyPlan() {}

    /**
     * Places every request the plan leaves out where it first fits. Placed ones stay where they are, unless a hard rule
     * now forbids their place (a counterpart moved) and they are not pinned: those are placed afresh like the rest.
     */
    static BilateralPlan fill(BilateralPlan plan) {
        List<PlannedBilateral> placed = new ArrayList<>();
        plan.bilaterals().stream()
                .filter(b -> b.placement() != null)
                .sorted(Comparator.comparing((PlannedBilateral b) -> !b.pinned())
                        .thenComparing(PlannedBilateral::priority))
                .forEach(b -> {
                    Placement at = Objects.requireNonNull(b.placement());
                    if (b.pinned() || PlanCheck.fits(b, at.start(), at.room(), placed, plan)) {
                        placed.add(b);
                    } else {
                        b.place(null);
                    }
                });
        plan.bilaterals().stream()
                .filter(b -> b.placement() == null)
                .sorted(Comparator.comparing(PlannedBilateral::priority))
                .forEach(b -> b.getCandidates().stream()
                        .sorted(Comparator.comparingInt(Placement::start)
                                .thenComparingLong(p -> p.room().id()))
                        .filter(candidate -> PlanCheck.fits(b, candidate.start(), candidate.room(), placed, plan))
                        .findFirst()
                        .ifPresent(candidate -> {
                            b.place(candidate);
                            placed.add(b);
                        }));
        return plan;
    }
}

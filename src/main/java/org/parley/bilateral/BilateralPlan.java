package org.parley.bilateral;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.bilateral.PlanModel.Busy;
import org.parley.bilateral.PlanModel.PlanRoom;

/**
 * A planning problem and, once solved, its plan: the bilaterals with their placements, around the rooms and busy
 * times. The score counts hard rules broken, then requests left out (weighted by priority), then preferences missed.
 */
@PlanningSolution
class BilateralPlan {

    @PlanningEntityCollectionProperty
    private List<PlannedBilateral> bilaterals = List.of();

    @ProblemFactCollectionProperty
    private List<PlanRoom> rooms = List.of();

    @ProblemFactCollectionProperty
    private List<Busy> busy = List.of();

    @PlanningScore
    private @Nullable HardMediumSoftScore score;

    BilateralPlan() {}

    BilateralPlan(List<PlannedBilateral> bilaterals, List<PlanRoom> rooms, List<Busy> busy) {
        this.bilaterals = new java.util.ArrayList<>(bilaterals);
        this.rooms = List.copyOf(rooms);
        this.busy = List.copyOf(busy);
    }

    List<PlannedBilateral> bilaterals() {
        return bilaterals;
    }

    List<PlanRoom> rooms() {
        return rooms;
    }

    List<Busy> busy() {
        return busy;
    }

    @Nullable
    HardMediumSoftScore score() {
        return score;
    }
}

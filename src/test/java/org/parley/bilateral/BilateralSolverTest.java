package org.parley.bilateral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.parley.bilateral.PlanModel.Placement;

/** The solver on realistic problems, with every plan checked by {@link PlanCheck}, not by the solver's own score. */
class BilateralSolverTest {

    private static final BilateralSolver SOLVER = new BilateralSolver(Duration.ofMinutes(3), 1000);

    @AfterAll
    static void close() {
        SOLVER.close();
    }

    private static BilateralPlan solve(BilateralPlan problem) {
        return SOLVER.solve(1L, problem, score -> {});
    }

    @Test
    void fifteen_requests_in_three_rooms_over_two_days_get_a_plan_that_breaks_no_hard_rule() {
        BilateralPlan plan = solve(PlanFixture.summit().build());

        assertThat(PlanCheck.violations(plan)).isEmpty();
        assertThat(plan.score().hardScore()).isZero();
        assertThat(plan.bilaterals()).allSatisfy(b -> assertThat(b.placement()).isNotNull());
    }

    @Test
    void a_must_whose_counterpart_is_away_throughout_is_left_out_with_that_reason() {
        PlanFixture summit = PlanFixture.summit();
        summit.unavailable(1, PlanFixture.at(0, 0, 0), PlanFixture.at(2, 0, 0));

        BilateralPlan plan = solve(summit.build());

        PlannedBilateral away =
                plan.bilaterals().stream().filter(b -> b.id() == 1).findFirst().orElseThrow();
        assertThat(away.priority()).isEqualTo(Priority.MUST);
        assertThat(away.placement()).isNull();
        assertThat(PlanCheck.reasonFor(away, plan)).isEqualTo(UnplacedReason.COUNTERPART_UNAVAILABLE);
        assertThat(PlanCheck.violations(plan)).isEmpty();
    }

    @Test
    void when_not_all_fit_the_musts_are_placed_before_the_coulds() {
        PlanFixture crowded = new PlanFixture().room(11, PlanFixture.HOTEL, 12);
        crowded.days = 1;
        for (int i = 0; i < 30; i++) {
            crowded.request(i + 1, 1000 + i, i < 10 ? Priority.COULD : Priority.MUST, 30);
        }
        crowded.programme(0, 9, 17); // leaves 08:00-09:00 and 17:00-20:00: room for about eight

        BilateralPlan plan = solve(crowded.build());

        assertThat(PlanCheck.violations(plan)).isEmpty();
        assertThat(plan.bilaterals())
                .filteredOn(b -> b.placement() != null)
                .isNotEmpty()
                .allSatisfy(b -> assertThat(b.priority()).isEqualTo(Priority.MUST));
        assertThat(plan.bilaterals())
                .filteredOn(b -> b.placement() == null)
                .allSatisfy(b -> assertThat(PlanCheck.reasonFor(b, plan)).isEqualTo(UnplacedReason.TAKEN_BY_OTHERS));
    }

    @Test
    void re_planning_after_one_counterpart_moves_keeps_the_others_where_they_were() {
        // a third day leaves free time, so the one who moved need not push anyone else
        PlanFixture summit = PlanFixture.summit();
        summit.days = 3;
        BilateralPlan first = solve(summit.build());
        PlanFixture again = PlanFixture.summit();
        again.days = 3;
        first.bilaterals()
                .forEach(b -> again.placedBefore(
                        b.id(), b.rules().instantOf(b.start()), b.room().id(), false));
        PlannedBilateral moving = first.bilaterals().getFirst();
        // the counterpart of the first bilateral is now elsewhere at its time
        again.unavailable(
                moving.id(),
                moving.rules().instantOf(moving.start() - 30),
                moving.rules().instantOf(moving.end() + 30));

        BilateralPlan second = solve(again.build());

        Map<Long, Placement> before = first.bilaterals().stream()
                .collect(Collectors.toMap(PlannedBilateral::id, PlannedBilateral::placement));
        Map<Long, PlannedBilateral> after =
                second.bilaterals().stream().collect(Collectors.toMap(PlannedBilateral::id, Function.identity()));
        assertThat(PlanCheck.violations(second)).isEmpty();
        assertThat(after.get(moving.id()).placement()).isNotNull().isNotEqualTo(before.get(moving.id()));
        before.forEach((id, placement) -> {
            if (id != moving.id()) {
                assertThat(after.get(id).placement()).as("bilateral %d", id).isEqualTo(placement);
            }
        });
    }

    @Test
    void a_pinned_bilateral_stays_even_where_another_placement_would_score_better() {
        PlanFixture summit = PlanFixture.summit();
        summit.placedBefore(2, PlanFixture.at(1, 18, 0), 21, true);

        BilateralPlan plan = solve(summit.build());

        PlannedBilateral pinned =
                plan.bilaterals().stream().filter(b -> b.id() == 2).findFirst().orElseThrow();
        assertThat(pinned.rules().instantOf(pinned.start())).isEqualTo(PlanFixture.at(1, 18, 0));
        assertThat(pinned.room().id()).isEqualTo(21);
        assertThat(PlanCheck.violations(plan)).isEmpty();
    }
}

package org.parley.bilateral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parley.BenchmarkFigures;

/**
 * The figure: 40 requests over 3 days, 4 rooms, 10 fixed programme items, a 10-second budget, against a greedy
 * baseline that places requests in priority order at their earliest free start. Writes
 * {@code target/benchmark-bilaterals.txt} and two rows of {@code ./parley bench}'s table (requests placed, "must" ones
 * placed; the greedy plan is the reference); asserts only that both plans keep every hard rule.
 */
@Tag("benchmark")
class BilateralPlanningBenchmark {

    private static final long HEAD_OF_GOVERNMENT = 1;
    private static final long FOREIGN_MINISTER = 2;

    /** Seeded: the same summit every run. */
    static PlanFixture summit() {
        Random random = new Random(12);
        PlanFixture f = new PlanFixture()
                .room(11, PlanFixture.HOTEL, 12)
                .room(12, PlanFixture.HOTEL, 20)
                .room(13, PlanFixture.HOTEL, 8)
                .room(21, PlanFixture.ANNEX, 16);
        f.days = 3;
        f.walkMinutes = 15;
        Priority[] priorities = {Priority.MUST, Priority.SHOULD, Priority.SHOULD, Priority.COULD, Priority.COULD};
        int[] durations = {30, 30, 45, 60};
        for (int i = 0; i < 40; i++) {
            long ours = i % 3 == 2 ? FOREIGN_MINISTER : HEAD_OF_GOVERNMENT;
            int day = random.nextInt(4); // 3 means "any day"
            var earliest = day == 3 ? null : PlanFixture.at(day, 8, 0);
            var latest = day == 3 ? null : PlanFixture.at(day, 20, 0);
            f.requests.add(new PlanBuilder.Request(
                    i + 1,
                    ours,
                    1000 + i,
                    4 + random.nextInt(12),
                    durations[random.nextInt(durations.length)],
                    priorities[random.nextInt(priorities.length)],
                    1 + random.nextInt(40),
                    earliest,
                    latest,
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    false));
            if (random.nextInt(3) == 0) { // a third of the counterparts have their own programme half a day
                int away = random.nextInt(3);
                f.unavailable(i + 1, PlanFixture.at(away, 8, 0), PlanFixture.at(away, 14, 0));
            }
        }
        // ten fixed programme items: plenaries, a family photo, dinners
        int[][] programme = {
            {0, 9, 11},
            {0, 14, 15},
            {0, 19, 20},
            {1, 9, 11},
            {1, 12, 13},
            {1, 15, 16},
            {1, 19, 20},
            {2, 9, 10},
            {2, 11, 12},
            {2, 16, 17}
        };
        for (int[] item : programme) {
            f.programme(item[0], item[1], item[2]);
            f.taken.add(new PlanBuilder.Taken(
                    FOREIGN_MINISTER,
                    -1,
                    PlanFixture.HOTEL,
                    PlanFixture.at(item[0], item[1], 0),
                    PlanFixture.at(item[0], item[2], 0)));
        }
        return f;
    }

    /** Priority order, then request order; each at its earliest start (then first room) that fits. */
    static BilateralPlan greedy(BilateralPlan plan) {
        plan.bilaterals().forEach(b -> b.place(null));
        return GreedyPlan.fill(plan);
    }

    private static Map<Priority, long[]> counts(BilateralPlan plan) {
        Map<Priority, long[]> counts = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            counts.put(p, new long[] {
                plan.bilaterals().stream()
                        .filter(b -> b.priority() == p && b.placement() != null)
                        .count(),
                plan.bilaterals().stream().filter(b -> b.priority() == p).count()
            });
        }
        return counts;
    }

    private static void figure(String name, long solver, long greedy, String goal) {
        String ratio = greedy == 0 ? "" : String.format(java.util.Locale.ROOT, "%.2f", solver / (double) greedy);
        BenchmarkFigures.record(name, Long.toString(solver), Long.toString(greedy), ratio, goal);
    }

    /** Requests placed, of one priority or (null) of all. */
    private static long placed(BilateralPlan plan, @Nullable Priority priority) {
        return counts(plan).entrySet().stream()
                .filter(e -> priority == null || e.getKey() == priority)
                .mapToLong(e -> e.getValue()[0])
                .sum();
    }

    private static String line(String name, BilateralPlan plan) {
        Map<Priority, long[]> c = counts(plan);
        long total = c.values().stream().mapToLong(v -> v[0]).sum();
        return "%s: must %d/%d, should %d/%d, could %d/%d, total %d/40, hard rules broken: %d"
                .formatted(
                        name,
                        c.get(Priority.MUST)[0],
                        c.get(Priority.MUST)[1],
                        c.get(Priority.SHOULD)[0],
                        c.get(Priority.SHOULD)[1],
                        c.get(Priority.COULD)[0],
                        c.get(Priority.COULD)[1],
                        total,
                        PlanCheck.violations(plan).size());
    }

    @Test
    void solver_against_greedy_on_forty_requests() throws IOException {
        BilateralPlan greedy = greedy(summit().build());
        BilateralPlan solved;
        try (BilateralSolver solver = new BilateralSolver(Duration.ofSeconds(10), Duration.ZERO)) {
            solved = solver.solve(1L, summit().build(), score -> {});
        }

        String report = String.join(
                "\n",
                "Bilateral planning: 40 requests, 3 days, 4 rooms, 10 programme items",
                line("greedy (priority order, earliest free start)", greedy),
                line("Timefold, 10 s (" + solved.score() + ")", solved),
                "");
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-bilaterals.txt"), report);
        figure(
                "Bilateral requests placed of 40 (solver, 10 s; reference: greedy, priority order)",
                placed(solved, null),
                placed(greedy, null),
                "more than greedy");
        figure(
                "Bilateral \"must\" requests placed (solver, 10 s; reference: greedy)",
                placed(solved, Priority.MUST),
                placed(greedy, Priority.MUST),
                "at least greedy's");

        assertThat(PlanCheck.violations(greedy)).isEmpty();
        assertThat(PlanCheck.violations(solved)).isEmpty();
    }
}

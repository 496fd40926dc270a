package org.parley;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How the fuzz tests run their cases: from a seeded random source ({@code -Dparley.fuzz.seed}), field by field in
 * turn so that each field is reached early, until a time budget is spent ({@code -Dparley.fuzz.seconds}, default 30),
 * collecting every failure instead of stopping at the first.
 */
public final class Fuzzing {

    public static final long SEED = Long.getLong("parley.fuzz.seed", 20261203L);
    public static final Duration BUDGET = Duration.ofSeconds(Long.getLong("parley.fuzz.seconds", 30));

    private Fuzzing() {}

    /** The cases of all groups, one of each group in turn, each group shuffled. */
    public static <T> List<T> inTurns(Collection<? extends List<T>> groups, Random random) {
        List<List<T>> queues = new ArrayList<>();
        groups.forEach(group -> {
            List<T> queue = new ArrayList<>(group);
            Collections.shuffle(queue, random);
            queues.add(queue);
        });
        Collections.shuffle(queues, random);
        List<T> all = new ArrayList<>();
        while (queues.stream().anyMatch(queue -> !queue.isEmpty())) {
            queues.stream().filter(queue -> !queue.isEmpty()).forEach(queue -> all.add(queue.removeFirst()));
        }
        return all;
    }

    /**
     * Checks the cases in order until the budget is spent, then asserts that none failed and that at least one case
     * of each group ran.
     */
    public static <T> void run(
            String name, List<T> cases, int groups, Function<T, String> describe, Consumer<T> check) {
        Instant deadline = Instant.now().plus(BUDGET);
        List<String> failures = new ArrayList<>();
        int run = 0;
        for (T c : cases) {
            if (Instant.now().isAfter(deadline)) {
                break;
            }
            try {
                check.accept(c);
            } catch (AssertionError | RuntimeException e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                failures.add(
                        describe.apply(c) + "\n    " + why.lines().findFirst().orElse(""));
            }
            run++;
        }
        System.out.printf(
                "%s: %d of %d cases over %d fields in %s (seed %d)%n", name, run, cases.size(), groups, BUDGET, SEED);
        assertThat(failures)
                .as("bad values taken or not explained (seed " + SEED + ")")
                .isEmpty();
        assertThat(run)
                .as("cases run before the budget ran out")
                .isGreaterThanOrEqualTo(Math.min(cases.size(), groups));
    }
}

package org.parley.bilateral;

import java.util.List;

/** What a planning run ended with: its score and the requests with their new places or reasons. */
public record PlanOutcome(PlanScore score, List<Bilateral> bilaterals) {

    /** How many requests of that priority the plan places, of how many that needed a place. */
    public long placed(Priority priority) {
        return bilaterals.stream()
                .filter(b -> b.data().priority() == priority && b.slot() != null)
                .count();
    }
}

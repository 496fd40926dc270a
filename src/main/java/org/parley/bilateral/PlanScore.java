package org.parley.bilateral;

/**
 * How good a plan is: hard rules broken (zero for a plan that can be held), requests left out weighted by priority
 * (a "must" counts {@code 10,000}, a "should" 100, a "could" 1), and preferences missed. Closer to zero is better.
 */
public record PlanScore(long hard, long medium, long soft) {

    public boolean feasible() {
        return hard == 0;
    }
}

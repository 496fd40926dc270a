package org.parley.bilateral;

/**
 * How much a bilateral matters. The weights make one "must" outweigh any number of "should"s, and one "should" any
 * realistic number of "could"s, when the plan cannot hold them all.
 */
public enum Priority {
    MUST(10_000),
    SHOULD(100),
    COULD(1);

    private final int weight;

    Priority(int weight) {
        this.weight = weight;
    }

    int weight() {
        return weight;
    }
}

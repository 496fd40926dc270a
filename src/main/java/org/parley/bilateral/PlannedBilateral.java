package org.parley.bilateral;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.bilateral.PlanModel.Placement;
import org.parley.bilateral.PlanModel.Window;

/**
 * One bilateral request in a planning problem. The solver chooses its placement (start and room) among
 * {@link #getCandidates()}, or leaves it out; a pinned one keeps the placement it came with.
 */
@PlanningEntity(comparatorClass = PlannedBilateral.Difficulty.class)
class PlannedBilateral {

    /**
     * Easier first, so that the solver's first pass, which takes the hardest first, places "must" before "should"
     * before "could", and within a priority the requests with the fewest possible places and the longest first.
     */
    public static final class Difficulty implements Comparator<PlannedBilateral> {

        private static final Comparator<PlannedBilateral> ORDER = Comparator.comparingInt(
                        (PlannedBilateral b) -> b.priority().weight())
                .thenComparing(b -> b.getCandidates().size(), Comparator.reverseOrder())
                .thenComparingInt(PlannedBilateral::duration)
                .thenComparing(PlannedBilateral::id, Comparator.reverseOrder());

        /** Timefold makes it by reflection. */
        public Difficulty() {}

        @Override
        public int compare(PlannedBilateral a, PlannedBilateral b) {
            return ORDER.compare(a, b);
        }
    }

    @PlanningId
    private long id;

    private long ours;
    private long counterpart;
    private int partySize;
    private int duration;
    private Priority priority = Priority.SHOULD;
    private int precedence;
    private List<Window> allowed = List.of();
    private @Nullable Window preferred;
    private @Nullable Placement previous;
    private List<Placement> candidates = List.of();
    private @Nullable PlanRules rules;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "candidates")
    private @Nullable Placement placement;

    PlannedBilateral() {}

    /**
     * @param allowed where it may take place: the conference's days and hours within its earliest and latest
     * @param previous where the last plan put it; moving it away costs, so that re-planning changes little
     */
    PlannedBilateral(
            long id,
            long ours,
            long counterpart,
            int partySize,
            int duration,
            Priority priority,
            int precedence,
            List<Window> allowed,
            @Nullable Window preferred,
            @Nullable Placement previous,
            List<Placement> candidates,
            PlanRules rules,
            boolean pinned) {
        this.id = id;
        this.ours = ours;
        this.counterpart = counterpart;
        this.partySize = partySize;
        this.duration = duration;
        this.priority = priority;
        this.precedence = precedence;
        this.allowed = List.copyOf(allowed);
        this.preferred = preferred;
        this.previous = previous;
        this.candidates = List.copyOf(candidates);
        this.rules = rules;
        this.pinned = pinned && previous != null;
        this.placement = previous;
    }

    @ValueRangeProvider(id = "candidates")
    List<Placement> getCandidates() {
        return candidates;
    }

    long id() {
        return id;
    }

    long ours() {
        return ours;
    }

    long counterpart() {
        return counterpart;
    }

    int partySize() {
        return partySize;
    }

    int duration() {
        return duration;
    }

    Priority priority() {
        return priority;
    }

    int precedence() {
        return precedence;
    }

    List<Window> allowed() {
        return allowed;
    }

    @Nullable
    Window preferred() {
        return preferred;
    }

    @Nullable
    Placement previous() {
        return previous;
    }

    boolean pinned() {
        return pinned;
    }

    @Nullable
    Placement placement() {
        return placement;
    }

    void place(@Nullable Placement newPlacement) {
        placement = newPlacement;
    }

    PlanRules rules() {
        return Objects.requireNonNull(rules);
    }

    // The accessors below are for placed bilaterals only: constraint streams pass only those to forEach.

    int start() {
        return Objects.requireNonNull(placement).start();
    }

    int end() {
        return start() + duration;
    }

    PlanModel.PlanRoom room() {
        return Objects.requireNonNull(placement).room();
    }

    int day() {
        return PlanRules.dayOf(start());
    }

    boolean involves(long person) {
        return ours == person || counterpart == person;
    }

    boolean sharesPersonWith(PlannedBilateral other) {
        return involves(other.ours) || involves(other.counterpart);
    }

    /** Minutes by which the two are too close for one person to attend both (walk and buffer included). */
    int clashWith(PlannedBilateral other) {
        return PlanRules.overlap(
                start(),
                end(),
                other.start(),
                other.end(),
                rules().gap(room().venueId(), other.room().venueId()));
    }

    boolean insideAllowedHours() {
        int start = start();
        int end = end();
        return allowed.stream().anyMatch(w -> w.holds(start, end));
    }

    @Override
    public String toString() {
        return "bilateral " + id + " at " + placement;
    }
}

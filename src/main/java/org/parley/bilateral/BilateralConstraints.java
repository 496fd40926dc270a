package org.parley.bilateral;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import org.parley.bilateral.PlanModel.Busy;

/**
 * The rules of a bilateral plan (docs/0027). Hard: what cannot happen. Medium: requests left out, by priority. Soft:
 * what protocol prefers. Each constraint's name is what the plan's explanation shows.
 */
public class BilateralConstraints implements ConstraintProvider {

    static final String PERSON_IN_TWO_PLACES = "Nobody in two places at once";
    static final String ROOM_DOUBLE_BOOKED = "One bilateral per room at a time";
    static final String PRINCIPAL_BUSY = "Not while our principal is busy";
    static final String COUNTERPART_BUSY = "Not while the counterpart is busy or away";
    static final String ROOM_TAKEN = "Not in a room another meeting has";
    static final String OUTSIDE_HOURS = "Inside the conference's days and hours";
    static final String ROOM_TOO_SMALL = "The room seats the party";
    static final String LEFT_OUT = "Requests left out";
    static final String MOVED = "Keep the last plan";
    static final String PREFERRED_WINDOW = "In the preferred window";
    static final String PRECEDENCE = "Higher precedence earlier";
    static final String ROOM_CHANGES = "Fewer room changes for our principal";
    static final String IDLE_GAPS = "Fewer idle gaps";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            personInTwoPlaces(factory),
            roomDoubleBooked(factory),
            principalBusy(factory),
            counterpartBusy(factory),
            roomTaken(factory),
            outsideHours(factory),
            roomTooSmall(factory),
            leftOut(factory),
            moved(factory),
            preferredWindow(factory),
            precedence(factory),
            roomChanges(factory),
            idleGaps(factory)
        };
    }

    Constraint personInTwoPlaces(ConstraintFactory factory) {
        return factory.forEachUniquePair(PlannedBilateral.class)
                .filter((a, b) -> a.sharesPersonWith(b) && a.clashWith(b) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, PlannedBilateral::clashWith)
                .asConstraint(PERSON_IN_TWO_PLACES);
    }

    Constraint roomDoubleBooked(ConstraintFactory factory) {
        return factory.forEachUniquePair(
                        PlannedBilateral.class,
                        Joiners.equal(PlannedBilateral::room),
                        Joiners.overlapping(PlannedBilateral::start, PlannedBilateral::end))
                .penalize(
                        HardMediumSoftScore.ONE_HARD,
                        (a, b) -> PlanRules.overlap(a.start(), a.end(), b.start(), b.end(), 0))
                .asConstraint(ROOM_DOUBLE_BOOKED);
    }

    Constraint principalBusy(ConstraintFactory factory) {
        return factory.forEach(PlannedBilateral.class)
                .join(
                        Busy.class,
                        Joiners.equal(PlannedBilateral::ours, Busy::personId),
                        Joiners.filtering((b, busy) -> busyOverlap(b, busy) > 0))
                .penalize(HardMediumSoftScore.ONE_HARD, BilateralConstraints::busyOverlap)
                .asConstraint(PRINCIPAL_BUSY);
    }

    Constraint counterpartBusy(ConstraintFactory factory) {
        return factory.forEach(PlannedBilateral.class)
                .join(
                        Busy.class,
                        Joiners.equal(PlannedBilateral::counterpart, Busy::personId),
                        Joiners.filtering((b, busy) -> busyOverlap(b, busy) > 0))
                .penalize(HardMediumSoftScore.ONE_HARD, BilateralConstraints::busyOverlap)
                .asConstraint(COUNTERPART_BUSY);
    }

    Constraint roomTaken(ConstraintFactory factory) {
        return factory.forEach(PlannedBilateral.class)
                .join(
                        Busy.class,
                        Joiners.equal(b -> b.room().id(), Busy::roomId),
                        Joiners.filtering(
                                (b, busy) -> PlanRules.overlap(b.start(), b.end(), busy.start(), busy.end(), 0) > 0))
                .penalize(
                        HardMediumSoftScore.ONE_HARD,
                        (b, busy) -> PlanRules.overlap(b.start(), b.end(), busy.start(), busy.end(), 0))
                .asConstraint(ROOM_TAKEN);
    }

    Constraint outsideHours(ConstraintFactory factory) {
        return factory.forEach(PlannedBilateral.class)
                .filter(b -> !b.insideAllowedHours())
                .penalize(HardMediumSoftScore.ONE_HARD, PlannedBilateral::duration)
                .asConstraint(OUTSIDE_HOURS);
    }

    Constraint roomTooSmall(ConstraintFactory factory) {
        return factory.forEach(PlannedBilateral.class)
                .filter(b -> b.room().capacity() < b.partySize())
                .penalize(
                        HardMediumSoftScore.ONE_HARD,
                        b -> b.partySize() - b.room().capacity())
                .asConstraint(ROOM_TOO_SMALL);
    }

    Constraint leftOut(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PlannedBilateral.class)
                .filter(b -> b.placement() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, b -> b.priority().weight())
                .asConstraint(LEFT_OUT);
    }

    /** Re-planning moves only what it must: a bilateral away from its last place costs more than any preference. */
    Constraint moved(ConstraintFactory factory) {
        return factory.forEach(PlannedBilateral.class)
                .filter(b -> b.previous() != null && !b.previous().equals(b.placement()))
                .penalize(HardMediumSoftScore.ofSoft(100_000))
                .asConstraint(MOVED);
    }

    Constraint preferredWindow(ConstraintFactory factory) {
        return factory.forEach(PlannedBilateral.class)
                .filter(b -> b.preferred() != null && !b.preferred().holds(b.start(), b.end()))
                .penalize(HardMediumSoftScore.ofSoft(100))
                .asConstraint(PREFERRED_WINDOW);
    }

    Constraint precedence(ConstraintFactory factory) {
        return factory.forEachUniquePair(PlannedBilateral.class, Joiners.equal(PlannedBilateral::ours))
                .filter((a, b) -> a.precedence() != b.precedence()
                        && (a.precedence() < b.precedence()) == (a.start() > b.start()))
                .penalize(HardMediumSoftScore.ofSoft(10))
                .asConstraint(PRECEDENCE);
    }

    /** Counted per pair of our principal's bilaterals on one day in different rooms: one room a day scores best. */
    Constraint roomChanges(ConstraintFactory factory) {
        return factory.forEachUniquePair(
                        PlannedBilateral.class,
                        Joiners.equal(PlannedBilateral::ours),
                        Joiners.equal(PlannedBilateral::day))
                .filter((a, b) -> !a.room().equals(b.room()))
                .penalize(HardMediumSoftScore.ofSoft(5))
                .asConstraint(ROOM_CHANGES);
    }

    /** The spread of our principal's bilaterals within a day, a quarter-hour at a time: a compact day has few gaps. */
    Constraint idleGaps(ConstraintFactory factory) {
        return factory.forEachUniquePair(
                        PlannedBilateral.class,
                        Joiners.equal(PlannedBilateral::ours),
                        Joiners.equal(PlannedBilateral::day))
                .penalize(HardMediumSoftScore.ONE_SOFT, (a, b) -> Math.abs(a.start() - b.start()) / PlanRules.STEP)
                .asConstraint(IDLE_GAPS);
    }

    static int busyOverlap(PlannedBilateral b, Busy busy) {
        return PlanRules.overlap(
                b.start(),
                b.end(),
                busy.start(),
                busy.end(),
                b.rules().gap(b.room().venueId(), busy.venueId()));
    }
}

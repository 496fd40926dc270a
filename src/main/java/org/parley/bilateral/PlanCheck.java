package org.parley.bilateral;

import java.util.ArrayList;
import java.util.List;
import org.parley.bilateral.PlanModel.Busy;
import org.parley.bilateral.PlanModel.PlanRoom;
import org.parley.bilateral.PlanModel.Window;

/**
 * Checks a plan by walking its placed bilaterals, without the solver: the hard rules as plain loops, so that tests
 * and the service can trust a plan independently of the constraints that made it, and the reason a request was left
 * out, found by trying every start and room it could have had.
 */
final class PlanCheck {

    private PlanCheck() {}

    /** Every hard rule the plan breaks, in words for a log or a failing test; empty for a feasible plan. */
    static List<String> violations(BilateralPlan plan) {
        List<String> found = new ArrayList<>();
        List<PlannedBilateral> placed =
                plan.bilaterals().stream().filter(b -> b.placement() != null).toList();
        for (int i = 0; i < placed.size(); i++) {
            PlannedBilateral a = placed.get(i);
            if (!a.insideAllowedHours()) {
                found.add(a + " is outside its allowed hours");
            }
            if (a.room().capacity() < a.partySize()) {
                found.add(a + " does not fit its room");
            }
            for (Busy busy : plan.busy()) {
                if (busy.personId() != Busy.NOBODY && a.involves(busy.personId()) && clashes(a, busy)) {
                    found.add(a + " meets person " + busy.personId() + " while they are busy " + busy);
                }
                if (busy.roomId() == a.room().id()
                        && PlanRules.overlap(a.start(), a.end(), busy.start(), busy.end(), 0) > 0) {
                    found.add(a + " is in a room taken by " + busy);
                }
            }
            for (int j = i + 1; j < placed.size(); j++) {
                PlannedBilateral b = placed.get(j);
                if (a.room().equals(b.room()) && PlanRules.overlap(a.start(), a.end(), b.start(), b.end(), 0) > 0) {
                    found.add(a + " and " + b + " share a room at once");
                }
                if (a.sharesPersonWith(b) && a.clashWith(b) > 0) {
                    found.add(a + " and " + b + " need one person in two places (buffer and walk included)");
                }
            }
        }
        return found;
    }

    /** Why the plan leaves the bilateral out: the first rule, in the order of {@link UnplacedReason}, that blocks it. */
    static UnplacedReason reasonFor(PlannedBilateral left, BilateralPlan plan) {
        if (left.allowed().stream().noneMatch(w -> w.to() - w.from() >= left.duration())) {
            return UnplacedReason.OUTSIDE_CONFERENCE_HOURS;
        }
        List<PlanRoom> rooms = plan.rooms().stream()
                .filter(r -> r.capacity() >= left.partySize())
                .toList();
        if (rooms.isEmpty()) {
            return UnplacedReason.NO_ROOM_LARGE_ENOUGH;
        }
        boolean counterpartEverFree = false;
        boolean principalEverFree = false;
        boolean bothEverFree = false;
        boolean anyFreeRoomAndTime = false;
        List<PlannedBilateral> placed = plan.bilaterals().stream()
                .filter(b -> b.placement() != null && b != left)
                .toList();
        for (Window window : left.allowed()) {
            for (int start = window.from(); start + left.duration() <= window.to(); start += PlanRules.STEP) {
                for (PlanRoom room : rooms) {
                    PlannedBilateral trial = trial(left, start, room);
                    boolean counterpartFree = free(trial, left.counterpart(), plan);
                    boolean principalFree = free(trial, left.ours(), plan);
                    counterpartEverFree |= counterpartFree;
                    principalEverFree |= principalFree;
                    if (counterpartFree && principalFree && roomFree(trial, plan)) {
                        bothEverFree = true;
                        anyFreeRoomAndTime |= placed.stream().noneMatch(other -> conflict(trial, other));
                    }
                }
            }
        }
        if (!counterpartEverFree) {
            return UnplacedReason.COUNTERPART_UNAVAILABLE;
        }
        if (!principalEverFree) {
            return UnplacedReason.PRINCIPAL_BUSY;
        }
        if (!bothEverFree) {
            return UnplacedReason.NO_COMMON_TIME;
        }
        return anyFreeRoomAndTime ? UnplacedReason.NOT_FOUND_IN_TIME : UnplacedReason.TAKEN_BY_OTHERS;
    }

    /**
     * Whether the bilateral fits at that start and room beside the busy times and the bilaterals already placed,
     * by the hard rules (its allowed hours and the room's size included): what a greedy planner asks.
     */
    static boolean fits(
            PlannedBilateral request, int start, PlanRoom room, List<PlannedBilateral> placed, BilateralPlan plan) {
        PlannedBilateral trial = trial(request, start, room);
        return trial.insideAllowedHours()
                && room.capacity() >= request.partySize()
                && free(trial, request.ours(), plan)
                && free(trial, request.counterpart(), plan)
                && roomFree(trial, plan)
                && placed.stream().noneMatch(other -> conflict(trial, other));
    }

    private static PlannedBilateral trial(PlannedBilateral left, int start, PlanRoom room) {
        PlannedBilateral trial = new PlannedBilateral(
                left.id(),
                left.ours(),
                left.counterpart(),
                left.partySize(),
                left.duration(),
                left.priority(),
                left.precedence(),
                left.allowed(),
                left.preferred(),
                null,
                List.of(),
                left.rules(),
                false);
        trial.place(new PlanModel.Placement(start, room));
        return trial;
    }

    private static boolean free(PlannedBilateral trial, long person, BilateralPlan plan) {
        return plan.busy().stream().noneMatch(busy -> busy.personId() == person && clashes(trial, busy));
    }

    private static boolean roomFree(PlannedBilateral trial, BilateralPlan plan) {
        return plan.busy().stream()
                .noneMatch(busy -> busy.roomId() == trial.room().id()
                        && PlanRules.overlap(trial.start(), trial.end(), busy.start(), busy.end(), 0) > 0);
    }

    private static boolean conflict(PlannedBilateral trial, PlannedBilateral other) {
        boolean sameRoom = trial.room().equals(other.room())
                && PlanRules.overlap(trial.start(), trial.end(), other.start(), other.end(), 0) > 0;
        return sameRoom || trial.sharesPersonWith(other) && trial.clashWith(other) > 0;
    }

    private static boolean clashes(PlannedBilateral b, Busy busy) {
        return BilateralConstraints.busyOverlap(b, busy) > 0;
    }
}

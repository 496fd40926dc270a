package org.parley.bilateral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.bilateral.BilateralRooms.VenuePair;
import org.parley.bilateral.PlanModel.Busy;
import org.parley.bilateral.PlanModel.Placement;
import org.parley.bilateral.PlanModel.PlanRoom;
import org.parley.bilateral.PlanModel.Window;

/** Turns a conference's requests, rooms and busy times into a planning problem, in minutes after its first midnight. */
final class PlanBuilder {

    private PlanBuilder() {}

    /** The conference as planning sees it: its days, the hours of each day at the venue, the buffer and walks. */
    record Frame(
            ZoneId zone,
            LocalDate firstDay,
            LocalDate lastDay,
            LocalTime dayStart,
            LocalTime dayEnd,
            int bufferMinutes,
            Map<VenuePair, Integer> walkingTimes) {}

    /** A time a person or room is taken, in instants; person and room are {@code -1} when not concerned. */
    record Taken(long personId, long roomId, long venueId, Instant start, Instant end) {}

    /** What planning needs of one request. */
    record Request(
            long id,
            long ours,
            long counterpart,
            int partySize,
            int duration,
            Priority priority,
            @Nullable Integer precedence,
            @Nullable Instant earliest,
            @Nullable Instant latest,
            @Nullable Instant preferredFrom,
            @Nullable Instant preferredTo,
            List<Taken> unavailable,
            @Nullable Instant previousStart,
            @Nullable Long previousRoom,
            boolean pinned) {}

    static BilateralPlan build(Frame frame, List<PlanRoom> rooms, List<Taken> taken, List<Request> requests) {
        Instant origin = frame.firstDay().atStartOfDay(frame.zone()).toInstant();
        PlanRules rules = new PlanRules(origin, frame.bufferMinutes(), frame.walkingTimes());
        List<Window> days = new ArrayList<>();
        for (LocalDate day = frame.firstDay(); !day.isAfter(frame.lastDay()); day = day.plusDays(1)) {
            days.add(new Window(
                    rules.minuteOf(
                            day.atTime(frame.dayStart()).atZone(frame.zone()).toInstant()),
                    rules.minuteOf(
                            day.atTime(frame.dayEnd()).atZone(frame.zone()).toInstant())));
        }
        List<PlanRoom> sortedRooms =
                rooms.stream().sorted(Comparator.comparingLong(PlanRoom::id)).toList();
        List<Busy> busy =
                new ArrayList<>(taken.stream().map(t -> busy(t, rules)).toList());
        List<PlannedBilateral> bilaterals = new ArrayList<>();
        for (Request request : requests) {
            request.unavailable().forEach(t -> busy.add(busy(t, rules)));
            Window limits = new Window(
                    request.earliest() == null ? Integer.MIN_VALUE : rules.minuteOf(request.earliest()),
                    request.latest() == null ? Integer.MAX_VALUE : rules.minuteOf(request.latest()));
            List<Window> allowed = days.stream()
                    .map(d -> PlanModel.intersect(d, limits))
                    .filter(w -> w != null && w.to() - w.from() >= request.duration())
                    .map(w -> (Window) w)
                    .toList();
            List<Placement> candidates = new ArrayList<>();
            for (Window window : allowed) {
                int first = Math.ceilDiv(window.from(), PlanRules.STEP) * PlanRules.STEP;
                for (int start = first; start + request.duration() <= window.to(); start += PlanRules.STEP) {
                    for (PlanRoom room : sortedRooms) {
                        if (room.capacity() >= request.partySize()) {
                            candidates.add(new Placement(start, room));
                        }
                    }
                }
            }
            Placement previous = previous(request, sortedRooms, rules);
            if (previous != null && !candidates.contains(previous)) {
                if (request.pinned()) {
                    candidates.add(previous); // a pinned bilateral stays, even where the rules have since closed
                } else {
                    previous = null;
                }
            }
            Window preferred = request.preferredFrom() == null || request.preferredTo() == null
                    ? null
                    : new Window(rules.minuteOf(request.preferredFrom()), rules.minuteOf(request.preferredTo()));
            bilaterals.add(new PlannedBilateral(
                    request.id(),
                    request.ours(),
                    request.counterpart(),
                    request.partySize(),
                    request.duration(),
                    request.priority(),
                    request.precedence() == null ? Integer.MAX_VALUE : request.precedence(),
                    allowed,
                    preferred,
                    previous,
                    candidates,
                    rules,
                    request.pinned()));
        }
        return new BilateralPlan(bilaterals, sortedRooms, busy);
    }

    private static @Nullable Placement previous(Request request, List<PlanRoom> rooms, PlanRules rules) {
        if (request.previousStart() == null || request.previousRoom() == null) {
            return null;
        }
        return rooms.stream()
                .filter(r -> r.id() == request.previousRoom())
                .findFirst()
                .map(room -> new Placement(rules.minuteOf(request.previousStart()), room))
                .orElse(null);
    }

    private static Busy busy(Taken taken, PlanRules rules) {
        return new Busy(
                taken.personId(),
                taken.roomId(),
                taken.venueId(),
                rules.minuteOf(taken.start()),
                rules.minuteOf(taken.end()));
    }
}

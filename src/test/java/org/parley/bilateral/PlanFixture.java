package org.parley.bilateral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.bilateral.PlanBuilder.Frame;
import org.parley.bilateral.PlanBuilder.Request;
import org.parley.bilateral.PlanBuilder.Taken;
import org.parley.bilateral.PlanModel.PlanRoom;

/** Planning problems built without a database: a summit in Munich, its rooms, its programme and requests. */
final class PlanFixture {

    static final ZoneId MUNICH = ZoneId.of("Europe/Berlin");
    static final LocalDate FIRST_DAY = LocalDate.of(2030, 2, 14);
    static final long OUR_PRINCIPAL = 1;
    static final long HOTEL = 100;
    static final long ANNEX = 200;

    final List<PlanRoom> rooms = new ArrayList<>();
    final List<Taken> taken = new ArrayList<>();
    final List<Request> requests = new ArrayList<>();
    int days = 2;
    int walkMinutes = 0;

    static Instant at(int day, int hour, int minute) {
        return FIRST_DAY.plusDays(day).atTime(hour, minute).atZone(MUNICH).toInstant();
    }

    PlanFixture room(long id, long venue, int capacity) {
        rooms.add(new PlanRoom(id, venue, "Room " + id, capacity));
        return this;
    }

    /** A plenary session or dinner our principal and every counterpart attend. */
    PlanFixture programme(int day, int fromHour, int toHour) {
        requests.stream()
                .map(Request::counterpart)
                .distinct()
                .forEach(p -> taken.add(new Taken(p, -1, HOTEL, at(day, fromHour, 0), at(day, toHour, 0))));
        taken.add(new Taken(OUR_PRINCIPAL, -1, HOTEL, at(day, fromHour, 0), at(day, toHour, 0)));
        return this;
    }

    PlanFixture request(long id, long counterpart, Priority priority, int duration) {
        requests.add(new Request(
                id,
                OUR_PRINCIPAL,
                counterpart,
                8,
                duration,
                priority,
                (int) id,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                false));
        return this;
    }

    PlanFixture unavailable(long id, Instant from, Instant to) {
        replace(
                id,
                r -> new Request(
                        r.id(),
                        r.ours(),
                        r.counterpart(),
                        r.partySize(),
                        r.duration(),
                        r.priority(),
                        r.precedence(),
                        r.earliest(),
                        r.latest(),
                        r.preferredFrom(),
                        r.preferredTo(),
                        List.of(new Taken(r.counterpart(), -1, PlanRules.NO_VENUE, from, to)),
                        r.previousStart(),
                        r.previousRoom(),
                        r.pinned()));
        return this;
    }

    PlanFixture placedBefore(long id, Instant start, long room, boolean pinned) {
        replace(
                id,
                r -> new Request(
                        r.id(),
                        r.ours(),
                        r.counterpart(),
                        r.partySize(),
                        r.duration(),
                        r.priority(),
                        r.precedence(),
                        r.earliest(),
                        r.latest(),
                        r.preferredFrom(),
                        r.preferredTo(),
                        r.unavailable(),
                        start,
                        room,
                        pinned));
        return this;
    }

    private void replace(long id, java.util.function.UnaryOperator<Request> change) {
        requests.replaceAll(r -> r.id() == id ? change.apply(r) : r);
    }

    BilateralPlan build() {
        Map<BilateralRooms.VenuePair, Integer> walks =
                walkMinutes == 0 ? Map.of() : Map.of(BilateralRooms.VenuePair.of(HOTEL, ANNEX), walkMinutes);
        return PlanBuilder.build(
                new Frame(
                        MUNICH,
                        FIRST_DAY,
                        FIRST_DAY.plusDays(days - 1),
                        LocalTime.of(8, 0),
                        LocalTime.of(20, 0),
                        10,
                        walks),
                rooms,
                taken,
                requests);
    }

    /** Fifteen requests (five of each priority), three rooms in two venues, two days with a fixed programme. */
    static PlanFixture summit() {
        PlanFixture f =
                new PlanFixture().room(11, HOTEL, 12).room(12, HOTEL, 20).room(21, ANNEX, 10);
        f.walkMinutes = 15;
        Priority[] priorities = Priority.values();
        for (int i = 0; i < 15; i++) {
            f.request(i + 1, 1000 + i, priorities[i % 3], i % 4 == 0 ? 45 : 30);
        }
        f.programme(0, 9, 12)
                .programme(0, 14, 16)
                .programme(0, 19, 20)
                .programme(1, 9, 11)
                .programme(1, 13, 15);
        return f;
    }
}

package org.parley.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.junit.jupiter.api.Test;

class VTimeZonesTest {

    private static final Instant SPRING_2026 = Instant.parse("2026-05-12T08:00:00Z");

    private static List<String> lines(ZoneId zone, Instant from, Instant to) {
        return List.of(VTimeZones.of(zone, from, to).toString().split("\r\n"));
    }

    @Test
    void berlin_changes_clocks_on_the_last_sundays_of_march_and_october() {
        assertThat(lines(ZoneId.of("Europe/Berlin"), SPRING_2026, SPRING_2026.plusSeconds(3600)))
                .containsExactly(
                        "BEGIN:VTIMEZONE",
                        "TZID:Europe/Berlin",
                        "BEGIN:STANDARD",
                        "DTSTART:19971026T030000",
                        "TZOFFSETFROM:+0200",
                        "TZOFFSETTO:+0100",
                        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                        "END:STANDARD",
                        "BEGIN:DAYLIGHT",
                        "DTSTART:19970330T020000",
                        "TZOFFSETFROM:+0100",
                        "TZOFFSETTO:+0200",
                        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                        "END:DAYLIGHT",
                        "END:VTIMEZONE");
    }

    @Test
    void new_york_changes_clocks_on_the_second_sunday_of_march_and_the_first_of_november() {
        assertThat(lines(ZoneId.of("America/New_York"), SPRING_2026, SPRING_2026.plusSeconds(3600)))
                .contains(
                        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
                        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                        "TZOFFSETFROM:-0500",
                        "TZOFFSETTO:-0400");
    }

    @Test
    void zones_that_no_longer_change_clocks_get_one_standard_block_with_their_offset() {
        for (var zoneAndOffset : Map.of(
                        "Asia/Kolkata",
                        "+0530",
                        "Asia/Kathmandu",
                        "+0545",
                        "Asia/Riyadh",
                        "+0300",
                        "Europe/Moscow",
                        "+0300")
                .entrySet()) {
            assertThat(lines(ZoneId.of(zoneAndOffset.getKey()), SPRING_2026, SPRING_2026.plusSeconds(7200)))
                    .as(zoneAndOffset.getKey())
                    .containsExactly(
                            "BEGIN:VTIMEZONE",
                            "TZID:" + zoneAndOffset.getKey(),
                            "BEGIN:STANDARD",
                            "DTSTART:19700101T000000",
                            "TZOFFSETFROM:" + zoneAndOffset.getValue(),
                            "TZOFFSETTO:" + zoneAndOffset.getValue(),
                            "END:STANDARD",
                            "END:VTIMEZONE");
        }
    }

    @Test
    void a_rule_no_single_byday_says_gets_the_actual_clock_changes_instead() {
        // Israel starts summer time on the Friday on or after 23 March: neither the fourth nor the last Friday
        List<String> jerusalem = lines(ZoneId.of("Asia/Jerusalem"), SPRING_2026, SPRING_2026.plusSeconds(3600));

        assertThat(jerusalem)
                .noneMatch(line -> line.startsWith("RRULE") || line.startsWith("RDATE"))
                .contains("DTSTART:20260327T020000", "TZOFFSETTO:+0300");
    }

    @Test
    void a_past_meeting_before_the_rules_changed_gets_the_clock_changes_of_its_time() {
        // Moscow kept summer time all year from 2011 to 2014, at +04
        Instant moscow2012 = Instant.parse("2012-06-01T08:00:00Z");
        assertThat(lines(ZoneId.of("Europe/Moscow"), moscow2012, moscow2012.plusSeconds(3600)))
                .contains("DTSTART:20110327T020000", "TZOFFSETTO:+0400")
                .noneMatch(line -> line.startsWith("RRULE"));
    }

    /**
     * Every zone the JDK knows, at midsummer, midwinter and an hour before and after each of its clock changes in
     * 2026, written with its VTIMEZONE and read back by iCal4j from that VTIMEZONE alone: the instants must agree.
     */
    @Test
    void every_zone_reads_back_to_the_same_instants_around_each_clock_change() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2027-01-01T00:00:00Z");
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Parley//test//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        Map<String, Instant> expected = new TreeMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.startsWith("ical4j")) {
                continue; // iCal4j's own zones, which it registers with java.time when on the class path
            }
            ZoneId zone = ZoneId.of(id);
            if (zone.normalized().equals(ZoneOffset.UTC)) {
                continue; // written in UTC, without a VTIMEZONE
            }
            calendar.add(VTimeZones.of(zone, from, to));
            List<Instant> instants = new ArrayList<>(
                    List.of(Instant.parse("2026-01-15T12:00:00Z"), Instant.parse("2026-07-15T12:00:00Z")));
            for (ZoneOffsetTransition change = zone.getRules().nextTransition(from);
                    change != null && change.getInstant().isBefore(to);
                    change = zone.getRules().nextTransition(change.getInstant())) {
                instants.add(change.getInstant().minusSeconds(3600));
                instants.add(change.getInstant());
                instants.add(change.getInstant().plusSeconds(1800));
                instants.add(change.getInstant().plusSeconds(3600));
            }
            for (Instant instant : instants) {
                String uid = id + "@" + instant;
                var event = new VEvent(false);
                event.add(new Uid(uid));
                event.add(new DtStamp(from));
                event.add(InviteWriter.at(new DtStart<>(), instant, zone));
                calendar.add(event);
                expected.put(uid, instant);
            }
        }

        Calendar parsed = IcsChecks.parse(ContentLines.fold(calendar.toString()));

        Map<String, Instant> actual = new TreeMap<>();
        for (VEvent event : parsed.<VEvent>getComponents("VEVENT")) {
            DtStart<Temporal> start = event.getRequiredProperty("DTSTART");
            actual.put(event.getRequiredProperty("UID").getValue(), Instant.from(start.getDate()));
        }
        Map<String, Instant> misread = new TreeMap<>();
        expected.forEach((uid, instant) -> {
            if (!instant.equals(actual.get(uid))) {
                misread.put(uid, actual.get(uid));
            }
        });
        assertThat(actual).hasSameSizeAs(expected);
        assertThat(misread).as("events read back at other instants").isEmpty();
    }

    @Test
    void event_times_are_the_venues_wall_clock_except_the_second_of_a_repeated_local_time() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant firstHalfPastTwo =
                LocalDateTime.of(2026, 10, 25, 2, 30).atZone(berlin).toInstant();
        Instant secondHalfPastTwo = firstHalfPastTwo.plusSeconds(3600);
        ZoneId moscow = ZoneId.of("Europe/Moscow");

        assertThat(InviteWriter.at(new DtStart<>(), firstHalfPastTwo, berlin).toString())
                .isEqualTo("DTSTART;TZID=Europe/Berlin:20261025T023000\r\n");
        assertThat(InviteWriter.at(new DtStart<>(), secondHalfPastTwo, berlin).toString())
                .isEqualTo("DTSTART:20261025T013000Z\r\n");
        // iCal4j's bundled zone data still has Moscow on summer time; the JDK's says +03 all year
        assertThat(InviteWriter.at(new DtStart<>(), Instant.parse("2026-07-15T12:00:00Z"), moscow)
                        .toString())
                .isEqualTo("DTSTART;TZID=Europe/Moscow:20260715T150000\r\n");
        assertThat(InviteWriter.at(new DtStart<>(), Instant.parse("2026-07-15T12:00:00Z"), ZoneId.of("UTC"))
                        .toString())
                .isEqualTo("DTSTART:20260715T120000Z\r\n");
    }
}

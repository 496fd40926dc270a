package org.parley.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeLabelsTest {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void a_start_is_written_for_each_delegation_home_zone() {
        Instant start = LocalDateTime.parse("2026-02-24T09:00").atZone(RIYADH).toInstant();

        assertThat(TimeLabels.startAcross(start, List.of(RIYADH, MOSCOW, NEW_YORK)))
                .isEqualTo("09:00 Riyadh \u00b7 09:00 Moscow \u00b7 01:00 New York");
    }

    @Test
    void days_and_times_of_the_calendar_and_the_audit_log_are_written_alike() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 2, 14);
        Instant moment =
                LocalDateTime.parse("2026-02-14T09:05:07").atZone(BERLIN).toInstant();

        assertThat(TimeLabels.shortDay(day)).isEqualTo("Sat 14 Feb");
        assertThat(TimeLabels.weekdayAndDate(day)).isEqualTo("Saturday 14 February");
        assertThat(TimeLabels.longDay(day)).isEqualTo("Saturday 14 February 2026");
        assertThat(TimeLabels.month(day)).isEqualTo("February 2026");
        assertThat(TimeLabels.weekday(java.time.DayOfWeek.MONDAY)).isEqualTo("Mon");
        assertThat(TimeLabels.time(moment, BERLIN)).isEqualTo("09:05");
        assertThat(TimeLabels.dayAndSeconds(moment, BERLIN)).isEqualTo("Sat 14 Feb 2026, 09:05:07");
        assertThat(TimeLabels.dayAndTime(moment, BERLIN)).isEqualTo("Sat 14 Feb 2026, 09:05");
    }

    @Test
    void a_half_hour_zone_is_shown_with_its_half_hour() {
        Instant start = LocalDateTime.parse("2026-02-24T09:00").atZone(RIYADH).toInstant();

        assertThat(TimeLabels.startAcross(start, List.of(RIYADH, KOLKATA)))
                .isEqualTo("09:00 Riyadh \u00b7 11:30 Kolkata");
    }

    @Test
    void a_day_change_is_marked() {
        Instant start = LocalDateTime.parse("2026-02-24T06:00").atZone(MOSCOW).toInstant();

        assertThat(TimeLabels.startAcross(start, List.of(MOSCOW, NEW_YORK)))
                .isEqualTo("06:00 Moscow \u00b7 22:00 (\u22121 day) New York");
    }

    @Test
    void the_range_names_the_offset_in_force_on_that_day_across_a_daylight_saving_change() {
        // Europe moves its clocks forward on Sunday 29 March 2026 at 02:00 local time
        Instant before = LocalDateTime.parse("2026-03-28T10:00").atZone(BERLIN).toInstant();
        Instant after = LocalDateTime.parse("2026-03-29T10:00").atZone(BERLIN).toInstant();

        assertThat(TimeLabels.range(before, before.plusSeconds(3600), BERLIN)).endsWith("(Europe/Berlin, UTC+01:00)");
        assertThat(TimeLabels.range(after, after.plusSeconds(3600), BERLIN))
                .isEqualTo("Sun 29 Mar 2026, 10:00\u201311:00 (Europe/Berlin, UTC+02:00)");
        // the same wall-clock time is 23 hours apart, not 24
        assertThat(java.time.Duration.between(before, after).toHours()).isEqualTo(23);
    }

    @Test
    void places_are_taken_from_the_zone_id() {
        assertThat(TimeLabels.place(NEW_YORK)).isEqualTo("New York");
        assertThat(TimeLabels.place(ZoneId.of("UTC"))).isEqualTo("UTC");
    }

    @Test
    void the_day_and_time_are_written_in_the_readers_language_with_weekday_and_month_spelled_out() {
        Instant start = LocalDateTime.parse("2026-02-14T09:00").atZone(BERLIN).toInstant();

        assertThat(TimeLabels.dayAndTime(start, BERLIN)).isEqualTo("Sat 14 Feb 2026, 09:00");
        assertThat(TimeLabels.dayAndTime(start, BERLIN, java.util.Locale.ENGLISH))
                .isEqualTo("Sat 14 Feb 2026, 09:00");
        assertThat(TimeLabels.dayAndTime(start, BERLIN, java.util.Locale.of("ru")))
                .isEqualTo("сб, 14 февр. 2026, 09:00");
        assertThat(TimeLabels.dayAndTime(start, BERLIN, java.util.Locale.of("hi")))
                .startsWith("शनि, 14 ")
                .endsWith("2026, 09:00");
        assertThat(TimeLabels.dayAndTime(start, BERLIN, java.util.Locale.of("ar")))
                .contains("السبت", "فبراير");
        assertThat(TimeLabels.day(java.time.LocalDate.of(2026, 2, 14), java.util.Locale.of("ar")))
                .contains("فبراير");
    }

    @Test
    void a_zone_is_named_in_the_readers_language_with_its_city() {
        assertThat(TimeLabels.zoneName(MOSCOW, java.util.Locale.ENGLISH)).isEqualTo("Moscow Time");
        assertThat(TimeLabels.zoneName(RIYADH, java.util.Locale.ENGLISH)).isEqualTo("Arabian Time (Riyadh)");
        assertThat(TimeLabels.zoneName(MOSCOW, java.util.Locale.of("ru"))).isEqualTo("Москва (Moscow)");
    }
}

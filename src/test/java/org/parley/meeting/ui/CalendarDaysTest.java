package org.parley.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MeetingSummary;
import org.parley.shared.Classification;

/** Calendar periods and how meetings fall onto local dates, across daylight-saving changes; no Spring, no database. */
class CalendarDaysTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static long ids = 1;

    private static MeetingSummary meeting(
            String title,
            MeetingKind kind,
            LocalDateTime start,
            LocalDateTime end,
            ZoneId zone,
            @Nullable MeetingId parent) {
        return new MeetingSummary(
                new MeetingId(ids++),
                title,
                kind,
                kind.defaultTier(),
                MeetingStatus.APPROVED,
                Classification.UNCLASSIFIED,
                start.atZone(zone).toInstant(),
                end.atZone(zone).toInstant(),
                zone,
                null,
                null,
                List.of(),
                parent);
    }

    private static MeetingSummary call(String title, LocalDateTime start, LocalDateTime end, ZoneId zone) {
        return meeting(title, MeetingKind.PHONE_CALL, start, end, zone, null);
    }

    private static List<String> titlesOn(Map<LocalDate, List<CalendarEntry>> byDay, LocalDate day) {
        return byDay.get(day).stream().map(e -> e.meeting().title()).toList();
    }

    // --- periods --------------------------------------------------------------------------------------------------

    @Test
    void march_2026_in_berlin_is_one_hour_short_because_the_clocks_go_forward_on_the_29th() {
        CalendarPeriod march = CalendarPeriod.containing(CalendarMode.MONTH, LocalDate.of(2026, 3, 17), BERLIN);

        assertThat(march.first()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(march.end()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(march.from()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z")); // UTC+1
        assertThat(march.to()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z")); // UTC+2
        assertThat(Duration.between(march.from(), march.to()))
                .isEqualTo(Duration.ofDays(31).minusHours(1));
        assertThat(march.days()).hasSize(31);
        assertThat(march.title()).isEqualTo("March 2026");
    }

    @Test
    void in_new_york_march_loses_an_hour_on_the_8th_and_october_ends_before_the_clocks_go_back() {
        CalendarPeriod march = CalendarPeriod.containing(CalendarMode.MONTH, LocalDate.of(2026, 3, 8), NEW_YORK);
        assertThat(march.from()).isEqualTo(Instant.parse("2026-03-01T05:00:00Z")); // EST
        assertThat(march.to()).isEqualTo(Instant.parse("2026-04-01T04:00:00Z")); // EDT

        CalendarPeriod october = CalendarPeriod.containing(CalendarMode.MONTH, LocalDate.of(2026, 10, 31), NEW_YORK);
        assertThat(october.from()).isEqualTo(Instant.parse("2026-10-01T04:00:00Z"));
        // 1 November starts at 00:00 EDT; the clocks go back two hours later
        assertThat(october.to()).isEqualTo(Instant.parse("2026-11-01T04:00:00Z"));

        CalendarPeriod november = october.next();
        assertThat(november.from()).isEqualTo(october.to());
        assertThat(november.to()).isEqualTo(Instant.parse("2026-12-01T05:00:00Z"));
        assertThat(Duration.between(november.from(), november.to()))
                .isEqualTo(Duration.ofDays(30).plusHours(1));
        assertThat(november.previous()).isEqualTo(october);
    }

    @Test
    void weeks_start_on_monday_and_the_week_of_the_change_has_167_hours() {
        CalendarPeriod week = CalendarPeriod.containing(CalendarMode.WEEK, LocalDate.of(2026, 3, 29), BERLIN);

        assertThat(week.first()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(week.end()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(Duration.between(week.from(), week.to())).isEqualTo(Duration.ofHours(7 * 24 - 1));
        assertThat(week.title()).isEqualTo("Week of 23 Mar 2026");
        assertThat(week.next().title()).isEqualTo("Week of 30 Mar 2026");
        assertThat(week.previous().first()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void a_month_grid_is_whole_weeks_from_monday_to_sunday() {
        // 1 March 2026 is a Sunday, 31 March a Tuesday
        CalendarPeriod march = CalendarPeriod.containing(CalendarMode.MONTH, LocalDate.of(2026, 3, 1), BERLIN);

        List<LocalDate> cells = march.gridDays();

        assertThat(cells.getFirst()).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(cells.getLast()).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(cells).hasSize(6 * 7);
        assertThat(march.contains(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(march.contains(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(march.contains(LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void the_agenda_covers_a_month_and_a_period_cannot_be_empty() {
        CalendarPeriod agenda = CalendarPeriod.containing(CalendarMode.AGENDA, LocalDate.of(2026, 2, 14), BERLIN);
        assertThat(agenda.days()).hasSize(28);
        assertThat(agenda.title()).isEqualTo("February 2026");
        assertThatThrownBy(() -> new CalendarPeriod(
                        CalendarMode.WEEK, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), BERLIN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- laying meetings onto dates -------------------------------------------------------------------------------

    @Test
    void a_call_across_local_midnight_is_on_both_dates() {
        CalendarPeriod march = CalendarPeriod.containing(CalendarMode.MONTH, LocalDate.of(2026, 3, 1), BERLIN);
        MeetingSummary late =
                call("Late call", LocalDateTime.of(2026, 3, 10, 23, 0), LocalDateTime.of(2026, 3, 11, 1, 0), BERLIN);

        Map<LocalDate, List<CalendarEntry>> byDay = CalendarDays.layOut(List.of(late), march);

        CalendarEntry tenth = byDay.get(LocalDate.of(2026, 3, 10)).getFirst();
        CalendarEntry eleventh = byDay.get(LocalDate.of(2026, 3, 11)).getFirst();
        assertThat(tenth.time()).isEqualTo("from 23:00");
        assertThat(tenth.shortTime()).as("no shorter for a month cell").isEqualTo("from 23:00");
        assertThat(tenth.endsLater()).isTrue();
        assertThat(eleventh.time()).isEqualTo("until 01:00");
        assertThat(eleventh.startsEarlier()).isTrue();
        assertThat(byDay.values().stream().mapToInt(List::size).sum()).isEqualTo(2);
    }

    @Test
    void a_meeting_that_ends_at_midnight_is_not_on_the_next_date() {
        List<LocalDate> dates = CalendarDays.datesOf(
                LocalDateTime.of(2026, 3, 10, 22, 0).atZone(BERLIN).toInstant(),
                LocalDateTime.of(2026, 3, 11, 0, 0).atZone(BERLIN).toInstant(),
                BERLIN);

        assertThat(dates).containsExactly(LocalDate.of(2026, 3, 10));
        assertThat(CalendarDays.timeOn(
                        LocalDateTime.of(2026, 3, 10, 22, 0).atZone(BERLIN).toInstant(),
                        LocalDateTime.of(2026, 3, 11, 0, 0).atZone(BERLIN).toInstant(),
                        LocalDate.of(2026, 3, 10),
                        BERLIN))
                .isEqualTo("22:00\u201324:00");
    }

    @Test
    void the_same_meeting_falls_on_different_dates_in_different_zones() {
        // 20:00 in New York on 10 March (on summer time since the 8th) is 01:00 on the 11th in Berlin (still on
        // winter time) and 09:00 on the 11th in Tokyo
        MeetingSummary evening = call(
                "Evening call", LocalDateTime.of(2026, 3, 10, 20, 0), LocalDateTime.of(2026, 3, 10, 21, 0), NEW_YORK);

        assertThat(CalendarDays.datesOf(evening.start(), evening.end(), NEW_YORK))
                .containsExactly(LocalDate.of(2026, 3, 10));
        assertThat(CalendarDays.datesOf(evening.start(), evening.end(), BERLIN))
                .containsExactly(LocalDate.of(2026, 3, 11));
        assertThat(CalendarDays.timeOn(evening.start(), evening.end(), LocalDate.of(2026, 3, 11), TOKYO))
                .isEqualTo("09:00\u201310:00");
    }

    @Test
    void on_the_night_the_clocks_go_forward_a_meeting_keeps_its_wall_clock_times() {
        // Berlin, Sunday 29 March 2026: 02:00 becomes 03:00
        MeetingSummary early =
                call("Early call", LocalDateTime.of(2026, 3, 29, 1, 30), LocalDateTime.of(2026, 3, 29, 3, 30), BERLIN);
        CalendarPeriod week = CalendarPeriod.containing(CalendarMode.WEEK, LocalDate.of(2026, 3, 29), BERLIN);

        Map<LocalDate, List<CalendarEntry>> byDay = CalendarDays.layOut(List.of(early), week);

        assertThat(Duration.between(early.start(), early.end())).isEqualTo(Duration.ofHours(1));
        assertThat(byDay.get(LocalDate.of(2026, 3, 29))).singleElement().satisfies(e -> {
            assertThat(e.time()).isEqualTo("01:30\u201303:30");
            assertThat(e.shortTime()).isEqualTo("01:30");
        });
    }

    @Test
    void a_three_day_conference_is_on_each_of_its_days_with_its_sideline_meeting_nested_under_it() {
        MeetingSummary conference = meeting(
                "Security conference",
                MeetingKind.CONFERENCE,
                LocalDateTime.of(2026, 10, 23, 9, 0),
                LocalDateTime.of(2026, 10, 25, 18, 0),
                BERLIN,
                null);
        MeetingSummary sideline = meeting(
                "Talks on the sidelines",
                MeetingKind.SIDELINE_MEETING,
                LocalDateTime.of(2026, 10, 24, 14, 0),
                LocalDateTime.of(2026, 10, 24, 15, 30),
                BERLIN,
                conference.id());
        MeetingSummary earlier = call(
                "Morning call", LocalDateTime.of(2026, 10, 24, 8, 0), LocalDateTime.of(2026, 10, 24, 8, 30), BERLIN);
        CalendarPeriod october = CalendarPeriod.containing(CalendarMode.MONTH, LocalDate.of(2026, 10, 1), BERLIN);

        Map<LocalDate, List<CalendarEntry>> byDay =
                CalendarDays.layOut(List.of(earlier, sideline, conference), october);

        assertThat(titlesOn(byDay, LocalDate.of(2026, 10, 23))).containsExactly("Security conference");
        assertThat(byDay.get(LocalDate.of(2026, 10, 23)).getFirst().time()).isEqualTo("from 09:00");
        // the conference first, its sideline straight under it, then the rest of the day in time order
        assertThat(byDay.get(LocalDate.of(2026, 10, 24)))
                .extracting(e -> e.meeting().title(), CalendarEntry::time, CalendarEntry::nested)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Security conference", "all day", false),
                        org.assertj.core.groups.Tuple.tuple("Talks on the sidelines", "14:00\u201315:30", true),
                        org.assertj.core.groups.Tuple.tuple("Morning call", "08:00\u201308:30", false));
        // 25 October is the day the clocks go back in Berlin: still one date, ending at 18:00 local time
        assertThat(byDay.get(LocalDate.of(2026, 10, 25)))
                .singleElement()
                .satisfies(e -> assertThat(e.time()).isEqualTo("until 18:00"));
        assertThat(titlesOn(byDay, LocalDate.of(2026, 10, 26))).isEmpty();
    }

    @Test
    void a_sideline_meeting_whose_conference_is_not_shown_stands_on_its_own() {
        MeetingSummary sideline = meeting(
                "Sideline alone",
                MeetingKind.SIDELINE_MEETING,
                LocalDateTime.of(2026, 10, 24, 14, 0),
                LocalDateTime.of(2026, 10, 24, 15, 0),
                BERLIN,
                new MeetingId(999_999));
        CalendarPeriod week = CalendarPeriod.containing(CalendarMode.WEEK, LocalDate.of(2026, 10, 24), BERLIN);

        List<CalendarEntry> day = CalendarDays.layOut(List.of(sideline), week).get(LocalDate.of(2026, 10, 24));

        assertThat(day).singleElement().satisfies(e -> assertThat(e.nested()).isFalse());
    }

    @Test
    void only_the_dates_inside_the_period_are_laid_out() {
        // from 30 September to 2 October in Berlin: the October page shows the 1st and 2nd only
        MeetingSummary across = meeting(
                "Across the month",
                MeetingKind.CONFERENCE,
                LocalDateTime.of(2026, 9, 30, 9, 0),
                LocalDateTime.of(2026, 10, 2, 12, 0),
                BERLIN,
                null);
        CalendarPeriod october = CalendarPeriod.containing(CalendarMode.MONTH, LocalDate.of(2026, 10, 1), BERLIN);

        Map<LocalDate, List<CalendarEntry>> byDay = CalendarDays.layOut(List.of(across), october);

        assertThat(byDay).hasSize(31).doesNotContainKey(LocalDate.of(2026, 9, 30));
        assertThat(byDay.get(LocalDate.of(2026, 10, 1)).getFirst().time()).isEqualTo("all day");
        assertThat(byDay.get(LocalDate.of(2026, 10, 2)).getFirst().time()).isEqualTo("until 12:00");
    }
}

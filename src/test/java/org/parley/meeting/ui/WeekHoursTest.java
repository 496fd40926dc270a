package org.parley.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MeetingSummary;
import org.parley.meeting.Tier;
import org.parley.shared.Classification;

class WeekHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2031, 3, 18);
    private long ids;

    private CalendarEntry entry(String from, String to) {
        LocalDateTime start = DAY.atTime(java.time.LocalTime.parse(from));
        LocalDateTime end =
                to.equals("24:00") ? DAY.plusDays(1).atStartOfDay() : DAY.atTime(java.time.LocalTime.parse(to));
        var meeting = new MeetingSummary(
                new MeetingId(++ids),
                "Meeting " + ids,
                MeetingKind.VIDEO_CALL,
                Tier.WORKING_LEVEL,
                MeetingStatus.APPROVED,
                Classification.UNCLASSIFIED,
                start.atZone(BERLIN).toInstant(),
                end.atZone(BERLIN).toInstant(),
                BERLIN,
                null,
                null,
                List.of(),
                null);
        return new CalendarEntry(meeting, DAY, from + "\u2013" + to, from, false, false, false);
    }

    @Test
    void the_axis_runs_from_eight_to_twenty_and_stretches_to_the_earliest_start_and_latest_end() {
        assertThat(WeekHours.of(List.of(List.of(entry("10:00", "11:00"))), BERLIN))
                .isEqualTo(new WeekHours(8, 12, BERLIN));
        assertThat(WeekHours.of(List.of(List.of(entry("06:30", "07:00")), List.of(entry("21:00", "22:15"))), BERLIN))
                .isEqualTo(new WeekHours(6, 17, BERLIN));
        assertThat(WeekHours.of(List.of(List.of(entry("23:00", "24:00"))), BERLIN)
                        .count())
                .as("up to midnight, not beyond")
                .isEqualTo(16);
    }

    @Test
    void overlapping_meetings_share_the_width_and_the_next_one_alone_has_it_all() {
        WeekHours hours = new WeekHours(8, 12, BERLIN);
        CalendarEntry first = entry("10:00", "11:00");
        CalendarEntry second = entry("10:30", "11:30");
        CalendarEntry third = entry("11:00", "12:00");
        CalendarEntry later = entry("14:00", "15:00");

        List<WeekHours.Placed> placed = hours.place(List.of(later, third, second, first));

        assertThat(placed)
                .extracting(p -> p.entry().meeting().title(), WeekHours.Placed::left, WeekHours.Placed::width)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Meeting 1", 0.0, 50.0),
                        org.assertj.core.groups.Tuple.tuple("Meeting 2", 50.0, 50.0),
                        org.assertj.core.groups.Tuple.tuple("Meeting 3", 0.0, 50.0),
                        org.assertj.core.groups.Tuple.tuple("Meeting 4", 0.0, 100.0));
        // 10:00 is two of twelve hours down, and an hour is a twelfth of the column
        assertThat(placed.getFirst().top()).isEqualTo(16.67);
        assertThat(placed.getFirst().height()).isEqualTo(8.33);
    }

    @Test
    void a_five_minute_call_is_drawn_long_enough_to_read() {
        List<WeekHours.Placed> placed = new WeekHours(8, 12, BERLIN).place(List.of(entry("09:00", "09:05")));

        assertThat(placed.getFirst().height()).isEqualTo(4.17);
    }
}

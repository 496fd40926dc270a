package org.parley.shared;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void a_run_of_days_reads_as_a_range_even_across_the_end_of_the_week() {
        assertThat(WorkingDays.label(EnumSet.range(MONDAY, FRIDAY))).isEqualTo("Mon\u2013Fri");
        assertThat(WorkingDays.label(Set.of(SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY)))
                .isEqualTo("Sun\u2013Thu");
    }

    @Test
    void scattered_days_are_listed_and_all_seven_are_every_day() {
        assertThat(WorkingDays.label(Set.of(MONDAY, WEDNESDAY, FRIDAY))).isEqualTo("Mon, Wed, Fri");
        assertThat(WorkingDays.label(Set.of(SATURDAY, SUNDAY))).isEqualTo("Sat, Sun");
        assertThat(WorkingDays.label(EnumSet.allOf(DayOfWeek.class))).isEqualTo("every day");
    }
}

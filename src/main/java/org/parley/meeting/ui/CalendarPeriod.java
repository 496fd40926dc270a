package org.parley.meeting.ui;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.parley.shared.Messages;
import org.parley.shared.TimeLabels;

/**
 * One page of the calendar: the local dates {@code [first, end)} of a month or a week (weeks start on Monday) in a
 * time zone, and the instants that bound them there. A month in a zone with daylight saving is not 24 hours times
 * its days, so the bounds come from each date's start of day in the zone, never from adding hours.
 */
record CalendarPeriod(CalendarMode mode, LocalDate first, LocalDate end, ZoneId zone) {

    CalendarPeriod {
        if (!first.isBefore(end)) {
            throw new IllegalArgumentException("A period ends after it starts: " + first + " to " + end);
        }
    }

    /** The month (for month and agenda) or the week that contains the day. */
    static CalendarPeriod containing(CalendarMode mode, LocalDate day, ZoneId zone) {
        return switch (mode) {
            case MONTH, AGENDA -> {
                LocalDate firstOfMonth = day.withDayOfMonth(1);
                yield new CalendarPeriod(mode, firstOfMonth, firstOfMonth.plusMonths(1), zone);
            }
            case WEEK -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new CalendarPeriod(mode, monday, monday.plusWeeks(1), zone);
            }
        };
    }

    /** The start of the first day in the zone; atStartOfDay also copes with zones where midnight is skipped. */
    Instant from() {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The start of the day after the last, in the zone: the period is {@code [from, to)}. */
    Instant to() {
        return end.atStartOfDay(zone).toInstant();
    }

    CalendarPeriod next() {
        return containing(mode, mode == CalendarMode.WEEK ? first.plusWeeks(1) : first.plusMonths(1), zone);
    }

    CalendarPeriod previous() {
        return containing(mode, mode == CalendarMode.WEEK ? first.minusWeeks(1) : first.minusMonths(1), zone);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(first) && day.isBefore(end);
    }

    /** The dates of the period, in order. */
    List<LocalDate> days() {
        return first.datesUntil(end).toList();
    }

    /** Whole weeks, Monday to Sunday, around the period: the cells of a month grid. */
    List<LocalDate> gridDays() {
        LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate afterSunday = end.minusDays(1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                .plusDays(1);
        return monday.datesUntil(afterSunday).toList();
    }

    /** "March 2026", or "Week of 23 Mar 2026". */
    String title() {
        return title(Locale.ENGLISH);
    }

    /** The title in the reader's language: "март 2026", "Неделя с 23 мар. 2026"… */
    String title(Locale locale) {
        return mode == CalendarMode.WEEK
                ? Messages.get(locale, "meeting.calendar.weekOf", TimeLabels.day(first, locale))
                : TimeLabels.month(first, locale);
    }
}

package org.parley.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import org.jspecify.annotations.Nullable;

/**
 * The years Parley takes dates in, 1900 to 2999: the one rule for meetings, action items, filters and imported
 * invitations (docs/0016-clean-edges.md). Inside it every date has the four-digit year iCalendar needs and fits both
 * databases; outside it a date is a typing slip ("20277") or a probe, and no calendar could hold it.
 */
public final class CalendarYears {

    public static final int FIRST = 1900;
    public static final int LAST = 2999;
    /**
     * The bundle template of the message, for constraints; it reads in the reader's language (docs/0021). The bundles
     * write the years out: change them there too when {@link #FIRST} or {@link #LAST} change.
     */
    public static final String MESSAGE_TEMPLATE = "{shared.validation.calendarYears}";
    /** The message in English, for the API's problem details and logs. */
    public static final String MESSAGE = Messages.english("shared.validation.calendarYears");

    /** The earliest and latest wall-clock times inside the range, for date pickers. */
    public static final LocalDateTime EARLIEST = LocalDate.of(FIRST, 1, 1).atStartOfDay();

    public static final LocalDateTime LATEST = LocalDate.of(LAST, 12, 31).atTime(23, 59);

    private CalendarYears() {}

    public static boolean contain(int year) {
        return year >= FIRST && year <= LAST;
    }

    /**
     * Whether the date or time lies in the range, by the year it shows (an offset or zoned time in its own offset);
     * a bare instant by its year in UTC. Null is no date.
     */
    public static boolean contain(@Nullable TemporalAccessor time) {
        return switch (time) {
            case null -> true;
            case Instant instant -> instantInRange(instant);
            default -> time.isSupported(ChronoField.YEAR) && contain(time.get(ChronoField.YEAR));
        };
    }

    /** Whether the instant, on the clock of the zone, lies in the range: what a calendar file would show. */
    public static boolean contain(Instant instant, ZoneId zone) {
        // a day either side in UTC first: an instant far beyond any date-time could not even be converted
        return !instant.isBefore(FIRST_INSTANT.minus(1, ChronoUnit.DAYS))
                && instant.isBefore(END_INSTANT.plus(1, ChronoUnit.DAYS))
                && contain(instant.atZone(zone));
    }

    private static final Instant FIRST_INSTANT = EARLIEST.toInstant(ZoneOffset.UTC);
    private static final Instant END_INSTANT =
            LocalDate.of(LAST + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private static boolean instantInRange(Instant instant) {
        // compared, not converted: an Instant reaches further than any date-time could be converted to
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
    }
}

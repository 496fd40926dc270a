package org.parley.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a meeting's time for people in several places: "09:00 Riyadh · 09:00 Moscow · 01:00 New York". Pure
 * java.time, so daylight-saving changes and half-hour zones come out right.
 */
public final class TimeLabels {

    /**
     * Per language: the time, the day, and the day with weekday and time. Patterns rather than the JDK's localized
     * styles, so that every language shows the weekday and the month's name (never a bare 14/02/2026, which readers
     * in different countries read differently); digits as the language writes them.
     */
    private record Formats(DateTimeFormatter time, DateTimeFormatter day, DateTimeFormatter dayAndTime) {
        static Formats of(Locale locale, String day, String dayAndTime) {
            DecimalStyle digits = DecimalStyle.of(locale);
            return new Formats(
                    DateTimeFormatter.ofPattern("HH:mm", locale).withDecimalStyle(digits),
                    DateTimeFormatter.ofPattern(day, locale).withDecimalStyle(digits),
                    DateTimeFormatter.ofPattern(dayAndTime, locale).withDecimalStyle(digits));
        }
    }

    private static final Formats ENGLISH = Formats.of(Locale.ENGLISH, "d MMM yyyy", "EEE d MMM yyyy, HH:mm");
    private static final Map<String, Formats> FORMATS = Map.of(
            "en", ENGLISH,
            "ru", Formats.of(Locale.of("ru"), "d MMM yyyy", "EEE, d MMM yyyy, HH:mm"),
            "hi", Formats.of(Locale.of("hi"), "d MMM yyyy", "EEE, d MMM yyyy, HH:mm"),
            "ar", Formats.of(Locale.of("ar"), "d MMMM yyyy", "EEEE d MMMM yyyy، HH:mm"));
    private static final DateTimeFormatter TIME = ENGLISH.time();
    private static final DateTimeFormatter DAY_AND_TIME = ENGLISH.dayAndTime();
    private static final DateTimeFormatter DAY_AND_SECONDS =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY_AND_DATE =
            DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private TimeLabels() {}

    /** "Riyadh" for Asia/Riyadh, "New York" for America/New_York, "UTC" for UTC. */
    public static String place(ZoneId zone) {
        String id = zone.getId();
        int slash = id.lastIndexOf('/');
        return (slash < 0 ? id : id.substring(slash + 1)).replace('_', ' ');
    }

    /** The start in each zone, each zone once, in the order given: "09:00 Riyadh · 01:00 New York". */
    public static String startAcross(Instant start, List<ZoneId> zones) {
        return startAcross(start, place(zones.getFirst()), zones);
    }

    /**
     * Like {@link #startAcross(Instant, List)}, with the first zone named by its place: the venue's city, which is
     * not always the city its zone is named after ("09:00 Geneva", in Europe/Zurich).
     */
    public static String startAcross(Instant start, String firstPlace, List<ZoneId> zones) {
        return startAcross(start, firstPlace, zones, Locale.ENGLISH);
    }

    /** {@link #startAcross(Instant, String, List)} in the reader's language: its digits and its "(+1 day)". */
    public static String startAcross(Instant start, String firstPlace, List<ZoneId> zones, Locale locale) {
        Set<ZoneId> distinct = new LinkedHashSet<>(zones);
        List<String> parts = new ArrayList<>();
        for (ZoneId zone : distinct) {
            ZonedDateTime local = start.atZone(zone);
            String dayShift = dayShift(start.atZone(zones.getFirst()), local, locale);
            parts.add(formats(locale).time().format(local) + dayShift + " "
                    + (zone.equals(zones.getFirst()) ? firstPlace : place(zone)));
        }
        return String.join(" \u00b7 ", parts);
    }

    /** "Sat 14 Feb 2026, 09:00–10:30 (Europe/Berlin, UTC+01:00)"; the end's date is repeated only if it differs. */
    public static String range(Instant start, Instant end, ZoneId zone) {
        return range(start, end, zone, zone.getId());
    }

    /** {@link #range(Instant, Instant, ZoneId)} in the reader's language. */
    public static String range(Instant start, Instant end, ZoneId zone, Locale locale) {
        return range(start, end, zone, zone.getId(), locale);
    }

    /** The range with a place instead of the zone's id: "Sat 14 Feb 2026, 09:00–10:30 (Geneva, UTC+01:00)". */
    public static String range(Instant start, Instant end, ZoneId zone, String place) {
        return range(start, end, zone, place, Locale.ENGLISH);
    }

    /** The range with a place, in the reader's language ("сб, 14 февр. 2026, 09:00–10:30 (Женева, UTC+01:00)"). */
    public static String range(Instant start, Instant end, ZoneId zone, String place, Locale locale) {
        return span(start, end, zone, locale) + " (" + place + ", UTC" + offset(start.atZone(zone)) + ")";
    }

    /** "Sat 14 Feb 2026, 09:00–10:30" in the zone; the end's date is repeated only if it differs. */
    public static String span(Instant start, Instant end, ZoneId zone) {
        return span(start, end, zone, Locale.ENGLISH);
    }

    /** {@link #span(Instant, Instant, ZoneId)} in the reader's language. */
    public static String span(Instant start, Instant end, ZoneId zone, Locale locale) {
        Formats formats = formats(locale);
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        String endText = from.toLocalDate().equals(to.toLocalDate())
                ? formats.time().format(to)
                : formats.dayAndTime().format(to);
        return formats.dayAndTime().format(from) + "\u2013" + endText;
    }

    /** "09:00". */
    public static String time(LocalTime time) {
        return time(time, Locale.ENGLISH);
    }

    /** "09:00", in the language's digits. */
    public static String time(LocalTime time, Locale locale) {
        return formats(locale).time().format(time);
    }

    /** "14 Feb 2026". */
    public static String day(LocalDate day) {
        return day(day, Locale.ENGLISH);
    }

    /** "14 Feb 2026", "14 февр. 2026", "14 فبراير 2026"… */
    public static String day(LocalDate day, Locale locale) {
        return formats(locale).day().format(day);
    }

    /** "09:00" in the zone. */
    public static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** "09:00" in the zone, in the language's digits. */
    public static String time(Instant instant, ZoneId zone, Locale locale) {
        return formats(locale).time().format(instant.atZone(zone));
    }

    /** "Sat 14 Feb 2026, 09:00" in the zone. */
    public static String dayAndTime(Instant instant, ZoneId zone) {
        return dayAndTime(instant, zone, Locale.ENGLISH);
    }

    /** "Sat 14 Feb 2026, 09:00", "сб, 14 февр. 2026, 09:00"… in the zone. */
    public static String dayAndTime(Instant instant, ZoneId zone, Locale locale) {
        return formats(locale).dayAndTime().format(instant.atZone(zone));
    }

    /** "Sat 14 Feb 2026, 09:00:05" in the zone: for records of what happened when (the audit log). */
    public static String dayAndSeconds(Instant instant, ZoneId zone) {
        return DAY_AND_SECONDS.format(instant.atZone(zone));
    }

    /** "Sat 14 Feb 2026, 09:00:05", "сб, 14 февр. 2026, 09:00:05"… in the zone, in the reader's language. */
    public static String dayAndSeconds(Instant instant, ZoneId zone, Locale locale) {
        return localized(locale, DAY_AND_SECONDS, "EEE, d MMM yyyy, HH:mm:ss").format(instant.atZone(zone));
    }

    /** "Sat 14 Feb": a day whose year is plain from where it stands (a week's column). */
    public static String shortDay(LocalDate day) {
        return SHORT_DAY.format(day);
    }

    /** "Sat 14 Feb", "сб, 14 февр."… in the reader's language. */
    public static String shortDay(LocalDate day, Locale locale) {
        return localized(locale, SHORT_DAY, "EEE, d MMM").format(day);
    }

    /** "Saturday 14 February": a day read out within its month or week. */
    public static String weekdayAndDate(LocalDate day) {
        return WEEKDAY_AND_DATE.format(day);
    }

    /** "Saturday 14 February", "суббота, 14 февраля"… in the reader's language. */
    public static String weekdayAndDate(LocalDate day, Locale locale) {
        return localized(locale, WEEKDAY_AND_DATE, "EEEE, d MMMM").format(day);
    }

    /** "Saturday 14 February 2026". */
    public static String longDay(LocalDate day) {
        return LONG_DAY.format(day);
    }

    /** "Saturday 14 February 2026", "суббота, 14 февраля 2026"… in the reader's language. */
    public static String longDay(LocalDate day, Locale locale) {
        return localized(locale, LONG_DAY, "EEEE, d MMMM yyyy").format(day);
    }

    /** "February 2026". */
    public static String month(LocalDate dayInIt) {
        return MONTH.format(dayInIt);
    }

    /** "February 2026", "февраль 2026" (the month standing alone), "فبراير 2026"… in the reader's language. */
    public static String month(LocalDate dayInIt, Locale locale) {
        return localized(locale, MONTH, "LLLL yyyy").format(dayInIt);
    }

    /** "Mon": a column heading of a month. */
    public static String weekday(java.time.DayOfWeek day) {
        return weekday(day, Locale.ENGLISH);
    }

    /** "Mon", "пн", "सोम", "الاثنين": a column heading of a month, in the reader's language. */
    public static String weekday(java.time.DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.SHORT, formats(locale) == ENGLISH ? Locale.ENGLISH : locale);
    }

    /**
     * The zone as the reader's language names it, with its city: "Moscow Standard Time (Moscow)", "Москва, стандартное
     * время (Moscow)"… The JDK names zones in every language but offers their cities only in the zone's id, so the
     * city stays as the id writes it.
     */
    public static String zoneName(ZoneId zone, Locale locale) {
        String name = zone.getDisplayName(TextStyle.FULL, locale);
        String city = place(zone);
        return name.equals(zone.getId()) || name.contains(city) ? name : name + " (" + city + ")";
    }

    /** English's own formatter, or for another language the pattern in that language with its digits. */
    private static DateTimeFormatter localized(Locale locale, DateTimeFormatter english, String pattern) {
        Formats formats = formats(locale);
        return formats == ENGLISH
                ? english
                : DateTimeFormatter.ofPattern(pattern, locale).withDecimalStyle(DecimalStyle.of(locale));
    }

    private static Formats formats(Locale locale) {
        return FORMATS.getOrDefault(locale.getLanguage(), ENGLISH);
    }

    private static String offset(ZonedDateTime time) {
        String id = time.getOffset().getId();
        return "Z".equals(id) ? "+00:00" : id;
    }

    /** " (+1 day)" when the local date is after the reference's, " (−1 day)" before it, in the reader's language. */
    public static String dayShift(ZonedDateTime reference, ZonedDateTime local, Locale locale) {
        int days = local.toLocalDate().compareTo(reference.toLocalDate());
        if (days == 0) {
            return "";
        }
        return " " + Messages.get(locale, days > 0 ? "shared.time.dayLater" : "shared.time.dayEarlier");
    }
}

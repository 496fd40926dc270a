package org.parley.meeting.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingSummary;
import org.parley.shared.Messages;
import org.parley.shared.TimeLabels;

/**
 * Lays meetings onto the local dates of a calendar period. A meeting is on every date of the zone that it overlaps,
 * so a call from 23:00 to 01:00 is on two dates and a three-day conference on three; one that ends at midnight is
 * not on the next date. Within a date, conferences come first, each followed by its sideline meetings of that date,
 * then everything else by start time. Pure java.time, so that daylight-saving changes come out right.
 */
final class CalendarDays {

    private CalendarDays() {}

    /** Each date of the period, in order, with the meetings on it (an empty list for a free day). */
    static Map<LocalDate, List<CalendarEntry>> layOut(List<MeetingSummary> meetings, CalendarPeriod period) {
        return layOut(meetings, period, Locale.ENGLISH);
    }

    /** {@link #layOut(List, CalendarPeriod)} with each entry's time in the reader's language. */
    static Map<LocalDate, List<CalendarEntry>> layOut(
            List<MeetingSummary> meetings, CalendarPeriod period, Locale locale) {
        Map<LocalDate, List<CalendarEntry>> byDay = new LinkedHashMap<>();
        period.days().forEach(day -> byDay.put(day, new ArrayList<>()));
        for (MeetingSummary meeting : meetings) {
            for (LocalDate day : datesOf(meeting.start(), meeting.end(), period.zone())) {
                List<CalendarEntry> entries = byDay.get(day);
                if (entries != null) {
                    entries.add(entry(meeting, day, period.zone(), false, locale));
                }
            }
        }
        byDay.replaceAll((day, entries) -> ordered(entries));
        return byDay;
    }

    /** The local dates in the zone that {@code [start, end)} overlaps, first to last. */
    static List<LocalDate> datesOf(Instant start, Instant end, ZoneId zone) {
        LocalDate first = start.atZone(zone).toLocalDate();
        // the end is exclusive: a meeting that ends at 00:00 is over before that date begins
        LocalDate last = end.isAfter(start) ? end.minusNanos(1).atZone(zone).toLocalDate() : first;
        return first.datesUntil(last.plusDays(1)).toList();
    }

    /** Its part of the date: "09:00–10:30" (an end at the next midnight is "24:00"), "from …", "until …", "all day". */
    static String timeOn(Instant start, Instant end, LocalDate day, ZoneId zone) {
        return timeOn(start, end, day, zone, Locale.ENGLISH);
    }

    static String timeOn(Instant start, Instant end, LocalDate day, ZoneId zone, Locale locale) {
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant nextDay = day.plusDays(1).atStartOfDay(zone).toInstant();
        boolean startsEarlier = start.isBefore(dayStart);
        boolean endsLater = end.isAfter(nextDay);
        if (startsEarlier && endsLater) {
            return Messages.get(locale, "meeting.calendar.allDay");
        }
        if (startsEarlier) {
            return end.equals(nextDay)
                    ? Messages.get(locale, "meeting.calendar.allDay")
                    : Messages.get(locale, "meeting.calendar.until", TimeLabels.time(end, zone, locale));
        }
        String from = TimeLabels.time(start, zone, locale);
        if (endsLater) {
            return Messages.get(locale, "meeting.calendar.from", from);
        }
        return from + "\u2013" + (end.equals(nextDay) ? "24:00" : TimeLabels.time(end, zone, locale));
    }

    /** The start alone ("09:00") for a meeting within the date; otherwise as {@link #timeOn}. */
    static String shortTimeOn(Instant start, Instant end, LocalDate day, ZoneId zone, Locale locale) {
        String time = timeOn(start, end, day, zone, locale);
        int dash = time.indexOf('\u2013');
        return dash < 0 ? time : time.substring(0, dash);
    }

    private static CalendarEntry entry(
            MeetingSummary meeting, LocalDate day, ZoneId zone, boolean nested, Locale locale) {
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant nextDay = day.plusDays(1).atStartOfDay(zone).toInstant();
        return new CalendarEntry(
                meeting,
                day,
                timeOn(meeting.start(), meeting.end(), day, zone, locale),
                shortTimeOn(meeting.start(), meeting.end(), day, zone, locale),
                meeting.start().isBefore(dayStart),
                meeting.end().isAfter(nextDay),
                nested);
    }

    private static List<CalendarEntry> ordered(List<CalendarEntry> entries) {
        Comparator<CalendarEntry> byTime = Comparator.<CalendarEntry, Instant>comparing(
                        e -> e.meeting().start())
                .thenComparing(e -> e.meeting().title())
                .thenComparingLong(e -> e.meeting().id().value());
        Set<MeetingId> conferences = entries.stream()
                .map(CalendarEntry::meeting)
                .filter(m -> m.kind() == MeetingKind.CONFERENCE)
                .map(MeetingSummary::id)
                .collect(Collectors.toSet());
        Map<MeetingId, List<CalendarEntry>> sidelines = entries.stream()
                .filter(e -> nestsUnder(e, conferences))
                .sorted(byTime)
                .collect(Collectors.groupingBy(
                        e -> e.meeting().parentConference(), LinkedHashMap::new, Collectors.toList()));
        List<CalendarEntry> topLevel = entries.stream()
                .filter(e -> !nestsUnder(e, conferences))
                .sorted(Comparator.comparing((CalendarEntry e) -> e.meeting().kind() != MeetingKind.CONFERENCE)
                        .thenComparing(byTime))
                .toList();
        List<CalendarEntry> result = new ArrayList<>(entries.size());
        for (CalendarEntry entry : topLevel) {
            result.add(entry);
            for (CalendarEntry sideline : sidelines.getOrDefault(entry.meeting().id(), List.of())) {
                result.add(new CalendarEntry(
                        sideline.meeting(),
                        sideline.day(),
                        sideline.time(),
                        sideline.shortTime(),
                        sideline.startsEarlier(),
                        sideline.endsLater(),
                        true));
            }
        }
        return result;
    }

    /** One level only: a conference stays on top even if it names a parent, so that its own sidelines show. */
    private static boolean nestsUnder(CalendarEntry entry, Set<MeetingId> conferencesOfTheDay) {
        MeetingId parent = entry.meeting().parentConference();
        return parent != null
                && entry.meeting().kind() != MeetingKind.CONFERENCE
                && conferencesOfTheDay.contains(parent);
    }
}

package org.parley.meeting.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The time axis of a week: which hours it shows, and where on it each meeting of a day goes. The hours run from 08:00
 * to 20:00 and stretch to take in the earliest start and the latest end of the week. Meetings that overlap share the
 * width of their day side by side, each in the first lane free when it starts. Pure arithmetic on local times, so
 * that it can be tested without a browser.
 *
 * @param first the first hour shown (0–23)
 * @param count how many hours are shown
 * @param zone the zone the calendar shows
 */
record WeekHours(int first, int count, ZoneId zone) {

    private static final int DEFAULT_FIRST = 8;
    private static final int DEFAULT_LAST = 20;
    /** A very short meeting is drawn at least this long, so that its title can be read. */
    private static final int SHORTEST_DRAWN_MINUTES = 30;

    /** A meeting's place in its day's column, in percent of the column. */
    record Placed(CalendarEntry entry, double top, double height, double left, double width) {}

    /** Whether the meeting begins and ends on this day; the others go in the band above the hours. */
    static boolean withinTheDay(CalendarEntry entry) {
        return !entry.startsEarlier() && !entry.endsLater();
    }

    static WeekHours of(Collection<List<CalendarEntry>> days, ZoneId zone) {
        int first = DEFAULT_FIRST;
        int last = DEFAULT_LAST;
        for (List<CalendarEntry> entries : days) {
            for (CalendarEntry entry : entries) {
                if (withinTheDay(entry)) {
                    first = Math.min(first, startMinute(entry, zone) / 60);
                    last = Math.max(last, (endMinute(entry, zone) + 59) / 60);
                }
            }
        }
        return new WeekHours(first, Math.min(24, last) - first, zone);
    }

    /** The day's meetings at their hours, overlapping ones side by side. */
    List<Placed> place(List<CalendarEntry> timed) {
        List<CalendarEntry> sorted = timed.stream()
                .sorted(Comparator.<CalendarEntry>comparingInt(e -> startMinute(e, zone))
                        .thenComparing(e -> -drawnEnd(e)))
                .toList();
        List<Placed> placed = new ArrayList<>();
        // a cluster is a run of meetings that overlap one another, directly or through others: they share the width
        List<CalendarEntry> cluster = new ArrayList<>();
        List<Integer> laneOf = new ArrayList<>();
        List<Integer> laneEnds = new ArrayList<>();
        int clusterEnd = -1;
        for (CalendarEntry entry : sorted) {
            int start = startMinute(entry, zone);
            if (!cluster.isEmpty() && start >= clusterEnd) {
                placeCluster(cluster, laneOf, laneEnds.size(), placed);
                cluster.clear();
                laneOf.clear();
                laneEnds.clear();
                clusterEnd = -1;
            }
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > start) {
                lane++;
            }
            int end = drawnEnd(entry);
            if (lane == laneEnds.size()) {
                laneEnds.add(end);
            } else {
                laneEnds.set(lane, end);
            }
            cluster.add(entry);
            laneOf.add(lane);
            clusterEnd = Math.max(clusterEnd, end);
        }
        if (!cluster.isEmpty()) {
            placeCluster(cluster, laneOf, laneEnds.size(), placed);
        }
        return placed;
    }

    private void placeCluster(List<CalendarEntry> cluster, List<Integer> laneOf, int lanes, List<Placed> placed) {
        double minutes = count * 60.0;
        double width = 100.0 / lanes;
        for (int i = 0; i < cluster.size(); i++) {
            CalendarEntry entry = cluster.get(i);
            int start = startMinute(entry, zone);
            double top = (start - first * 60) / minutes * 100;
            double height = (drawnEnd(entry) - start) / minutes * 100;
            placed.add(new Placed(
                    entry, round(top), round(Math.min(height, 100 - top)), round(laneOf.get(i) * width), round(width)));
        }
    }

    private int drawnEnd(CalendarEntry entry) {
        int start = startMinute(entry, zone);
        return Math.min(24 * 60, Math.max(endMinute(entry, zone), start + SHORTEST_DRAWN_MINUTES));
    }

    private static double round(double percent) {
        return Math.round(percent * 100) / 100.0;
    }

    static int startMinute(CalendarEntry entry, ZoneId zone) {
        return minuteOfDay(entry.meeting().start(), zone);
    }

    /** An end at the next midnight is minute 1440, not 0. */
    static int endMinute(CalendarEntry entry, ZoneId zone) {
        boolean nextDay = entry.meeting().end().atZone(zone).toLocalDate().isAfter(entry.day());
        return nextDay ? 24 * 60 : minuteOfDay(entry.meeting().end(), zone);
    }

    private static int minuteOfDay(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return local.getHour() * 60 + local.getMinute();
    }
}

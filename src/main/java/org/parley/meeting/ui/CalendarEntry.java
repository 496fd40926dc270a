package org.parley.meeting.ui;

import java.time.LocalDate;
import org.parley.meeting.MeetingSummary;

/**
 * A meeting as it appears on one local date of the calendar.
 *
 * @param time its part of that day: "09:00\u201310:30", "from 23:00", "until 01:00" or "all day"
 * @param shortTime the same for a narrow month cell: "09:00" for a meeting within the day
 * @param startsEarlier it began on an earlier date
 * @param endsLater it goes on into a later date
 * @param nested a sideline meeting shown under its conference, which is on the same date
 */
record CalendarEntry(
        MeetingSummary meeting,
        LocalDate day,
        String time,
        String shortTime,
        boolean startsEarlier,
        boolean endsLater,
        boolean nested) {}

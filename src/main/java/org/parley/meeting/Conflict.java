package org.parley.meeting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.shared.TimeLabels;
import org.parley.shared.WorkingDays;

/**
 * Something that clashes with a planned meeting. A clash with a meeting the viewer may not see names no title:
 * {@code otherTitle} is null and {@link #message()} says only "busy".
 */
public sealed interface Conflict {

    /** People clashes need an explicit acknowledgement; a booked room cannot be saved; working hours only warn. */
    enum Severity {
        WARNING,
        NEEDS_ACKNOWLEDGEMENT,
        BLOCKING
    }

    Severity severity();

    String message();

    record PersonBusy(
            PersonId person,
            String personName,
            @Nullable MeetingId otherMeeting,
            @Nullable String otherTitle,
            Instant otherStart,
            Instant otherEnd)
            implements Conflict {
        @Override
        public Severity severity() {
            return Severity.NEEDS_ACKNOWLEDGEMENT;
        }

        @Override
        public String message() {
            return otherTitle == null
                    ? personName + " is busy at that time"
                    : personName + " is already in \u201c" + otherTitle + "\u201d at that time";
        }
    }

    record RoomBooked(
            String roomName,
            @Nullable MeetingId otherMeeting,
            @Nullable String otherTitle,
            Instant otherStart,
            Instant otherEnd)
            implements Conflict {
        @Override
        public Severity severity() {
            return Severity.BLOCKING;
        }

        @Override
        public String message() {
            return otherTitle == null
                    ? roomName + " is booked (busy) at that time"
                    : roomName + " is already booked for \u201c" + otherTitle + "\u201d";
        }
    }

    /** When the meeting is on the person's clock, against their working hours and days. */
    record OutsideWorkingHours(
            PersonId person,
            String personName,
            ZoneId homeZone,
            LocalDateTime localStart,
            LocalDateTime localEnd,
            LocalTime workdayStart,
            LocalTime workdayEnd,
            Set<DayOfWeek> workingDays)
            implements Conflict {

        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        /** "Marco Rubio: Sat 14 Mar 10:00–11:00 local time (New York), outside working hours 09:00–18:00, Mon–Fri". */
        @Override
        public String message() {
            String when = WorkingHours.lastDay(localStart, localEnd).equals(localStart.toLocalDate())
                    ? DAY.format(localStart) + " " + TIME.format(localStart) + "\u2013" + endTime()
                    : DAY.format(localStart) + " " + TIME.format(localStart) + " \u2013 "
                            + DAY.format(WorkingHours.lastDay(localStart, localEnd)) + " " + endTime();
            return personName + ": " + when + " local time (" + TimeLabels.place(homeZone)
                    + "), outside working hours " + TIME.format(workdayStart) + "\u2013" + TIME.format(workdayEnd)
                    + ", " + WorkingDays.label(workingDays);
        }

        private String endTime() {
            boolean midnight = localEnd.toLocalTime().equals(LocalTime.MIDNIGHT);
            return midnight ? "24:00" : TIME.format(localEnd);
        }
    }
}

package org.parley.meeting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.shared.Messages;
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

    /** What clashes, in English (logs, the API). */
    default String message() {
        return message(Locale.ENGLISH);
    }

    /** What clashes, in the reader's language. */
    String message(Locale locale);

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
        public String message(Locale locale) {
            return otherTitle == null
                    ? Messages.get(locale, "meeting.conflict.personBusy", personName)
                    : Messages.get(locale, "meeting.conflict.personInMeeting", personName, otherTitle);
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
        public String message(Locale locale) {
            return otherTitle == null
                    ? Messages.get(locale, "meeting.conflict.roomBusy", roomName)
                    : Messages.get(locale, "meeting.conflict.roomBooked", roomName, otherTitle);
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

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        /** "Marco Rubio: Sat 14 Mar 10:00–11:00 local time (New York), outside working hours 09:00–18:00, Mon–Fri". */
        @Override
        public String message(Locale locale) {
            LocalDate lastDay = WorkingHours.lastDay(localStart, localEnd);
            String start = TimeLabels.shortDay(localStart.toLocalDate(), locale) + " "
                    + TimeLabels.time(localStart.toLocalTime(), locale);
            String when = lastDay.equals(localStart.toLocalDate())
                    ? start + "\u2013" + endTime(locale)
                    : start + " \u2013 " + TimeLabels.shortDay(lastDay, locale) + " " + endTime(locale);
            return Messages.get(
                    locale,
                    "meeting.conflict.outsideHours",
                    personName,
                    when,
                    TimeLabels.place(homeZone),
                    TimeLabels.time(workdayStart, locale) + "\u2013" + TimeLabels.time(workdayEnd, locale),
                    WorkingDays.label(workingDays, locale));
        }

        private String endTime(Locale locale) {
            boolean midnight = localEnd.toLocalTime().equals(LocalTime.MIDNIGHT);
            return midnight ? "24:00" : TimeLabels.time(localEnd.toLocalTime(), locale);
        }
    }
}

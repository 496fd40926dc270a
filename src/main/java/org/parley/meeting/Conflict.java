package org.parley.meeting;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;

/**
 * Something that clashes with a planned meeting. A clash with a meeting the viewer may not see names no title:
 * {@code otherTitle} is null and {@link #message()} says only "busy".
 */
public sealed interface Conflict {

    /** People clashes need an explicit acknowledgement; a booked room cannot be saved; working hours only warn. */
    enum Severity { WARNING, NEEDS_ACKNOWLEDGEMENT, BLOCKING }

    Severity severity();

    String message();

    record PersonBusy(PersonId person, String personName, @Nullable MeetingId otherMeeting,
            @Nullable String otherTitle, Instant otherStart, Instant otherEnd) implements Conflict {
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

    record RoomBooked(String roomName, @Nullable MeetingId otherMeeting, @Nullable String otherTitle,
            Instant otherStart, Instant otherEnd) implements Conflict {
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

    record OutsideWorkingHours(PersonId person, String personName, ZoneId homeZone, LocalTime localStart,
            LocalTime localEnd, LocalTime workdayStart, LocalTime workdayEnd) implements Conflict {
        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public String message() {
            return personName + ": " + localStart + "\u2013" + localEnd + " local time (" + homeZone.getId()
                    + "), outside working hours " + workdayStart + "\u2013" + workdayEnd;
        }
    }
}

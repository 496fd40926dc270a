package org.parley.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.parley.directory.Person;

/**
 * Whether a meeting falls inside a person's working time in their home zone. One rule for the conflict warning and
 * the scheduling assistant, so that a proposed slot never draws an "outside working hours" warning in the editor.
 */
final class WorkingHours {

    private WorkingHours() {}

    /**
     * Inside when every local day the meeting touches is one of the person's working days, and it starts and ends
     * within their working hours: a meeting of several days (a conference from 09:00 on Tuesday to 18:00 on Thursday)
     * is inside when it starts and ends within the hours of its first and last day, its nights are not held against
     * it. A call from 17:00 to 01:00 ends outside them. An end at local midnight is 24:00 of the day before, which no
     * working day reaches.
     */
    static boolean contain(Person person, Instant start, Instant end) {
        LocalDateTime localStart = LocalDateTime.ofInstant(start, person.homeZone());
        LocalDateTime localEnd = LocalDateTime.ofInstant(end, person.homeZone());
        LocalTime startTime = localStart.toLocalTime();
        LocalTime endTime = localEnd.toLocalTime();
        boolean endsAtMidnight = endTime.equals(LocalTime.MIDNIGHT) && localEnd.isAfter(localStart);
        if (startTime.isBefore(person.workdayStart())
                || !startTime.isBefore(person.workdayEnd())
                || endsAtMidnight
                || endTime.isAfter(person.workdayEnd())
                || endTime.isBefore(person.workdayStart())) {
            return false;
        }
        LocalDate lastDay = lastDay(localStart, localEnd);
        return localStart
                .toLocalDate()
                .datesUntil(lastDay.plusDays(1))
                .allMatch(day -> person.worksOn(day.getDayOfWeek()));
    }

    /** The last local day the meeting takes time on: the day before when it ends at midnight. */
    static LocalDate lastDay(LocalDateTime localStart, LocalDateTime localEnd) {
        if (localEnd.toLocalTime().equals(LocalTime.MIDNIGHT)
                && localEnd.toLocalDate().isAfter(localStart.toLocalDate())) {
            return localEnd.toLocalDate().minusDays(1);
        }
        return localEnd.toLocalDate();
    }
}

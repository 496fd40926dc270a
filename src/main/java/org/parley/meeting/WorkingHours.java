package org.parley.meeting;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.parley.directory.Person;

/**
 * Whether a meeting falls inside a person's working day in their home zone. One rule for the conflict warning and
 * the scheduling assistant, so that a proposed slot never draws an "outside working hours" warning in the editor.
 */
final class WorkingHours {

    private WorkingHours() {}

    /**
     * Inside when the local start and the local end fall on the same local day, within workday start to workday end.
     * A meeting ending at midnight ends on the next day and so is outside: no working day ends at 24:00.
     */
    static boolean contain(Person person, Instant start, Instant end) {
        ZonedDateTime localStart = start.atZone(person.homeZone());
        ZonedDateTime localEnd = end.atZone(person.homeZone());
        return localStart.toLocalDate().equals(localEnd.toLocalDate())
                && !localStart.toLocalTime().isBefore(person.workdayStart())
                && !localEnd.toLocalTime().isAfter(person.workdayEnd());
    }
}

package org.parley.meeting;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.parley.directory.PersonId;

/**
 * A proposed time as one person lives it: on their home zone's clock, with the date, since for someone far away the
 * meeting may fall on the day before or after.
 *
 * @param insideHours whether it lies within their working hours, on one of their working days
 */
public record LocalTimeOfPerson(
        PersonId personId,
        String name,
        ZoneId zone,
        LocalDateTime localStart,
        LocalDateTime localEnd,
        boolean insideHours) {}

package org.parley.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.protocol.FormOfAddress;
import org.parley.protocol.RankId;
import org.parley.shared.CountryCode;

/**
 * Someone who takes part in meetings; each person exists once in the directory.
 *
 * @param originalName the name in its original script, when it is not written in Latin letters
 * @param workingDays the days of the week the person works, in their home zone
 */
public record Person(
        PersonId id,
        String fullName,
        @Nullable String title,
        @Nullable String organisation,
        CountryCode country,
        @Nullable String email,
        @Nullable String phone,
        List<String> languages,
        ZoneId homeZone,
        LocalTime workdayStart,
        LocalTime workdayEnd,
        String notes,
        boolean active,
        long version,
        @Nullable String originalName,
        Set<DayOfWeek> workingDays,
        @Nullable RankId rank,
        @Nullable FormOfAddress formOfAddress) {

    public PersonData toData() {
        return new PersonData(
                fullName,
                title,
                organisation,
                country,
                email,
                phone,
                String.join(", ", languages),
                homeZone,
                workdayStart,
                workdayEnd,
                notes,
                originalName,
                workingDays,
                rank,
                formOfAddress);
    }

    /** Whether the person works on that day of the week. */
    public boolean worksOn(DayOfWeek day) {
        return workingDays.contains(day);
    }
}

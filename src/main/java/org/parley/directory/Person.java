package org.parley.directory;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.shared.CountryCode;

/** Someone who takes part in meetings; each person exists once in the directory. */
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
        long version) {

    public PersonData toData() {
        return new PersonData(fullName, title, organisation, country, email, phone, String.join(", ", languages),
                homeZone, workdayStart, workdayEnd, notes);
    }
}

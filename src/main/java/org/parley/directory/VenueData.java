package org.parley.directory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.parley.shared.AreaCityZone;
import org.parley.shared.CountryCode;
import org.parley.shared.PlainText;

/** A venue as entered. */
public record VenueData(
        @NotBlank(message = "{directory.venue.nameRequired}")
        @Size(max = NAME_MAX_LENGTH, message = "{directory.venue.nameTooLong}")
        @PlainText
        String name,

        @Nullable @Size(max = CITY_MAX_LENGTH, message = "{directory.venue.cityTooLong}") @PlainText
        String city,

        @NotNull(message = "{directory.venue.countryRequired}")
        CountryCode country,

        @Nullable
        @Size(max = ADDRESS_MAX_LENGTH, message = "{directory.venue.addressTooLong}")
        @PlainText(multiline = true)
        String address,

        @NotNull(message = "{directory.venue.zoneRequired}") @AreaCityZone
        ZoneId timeZone,

        @Min(value = 0, message = "{directory.venue.capacityNegative}")
        @Max(value = 100_000, message = "{directory.venue.capacityTooLarge}")
        int capacity) {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int CITY_MAX_LENGTH = 120;
    public static final int ADDRESS_MAX_LENGTH = 400;
}

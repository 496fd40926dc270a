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
        @NotBlank(message = "Enter the venue's name")
        @Size(max = NAME_MAX_LENGTH, message = "A name has at most " + NAME_MAX_LENGTH + " characters")
        @PlainText
        String name,

        @Nullable
        @Size(max = CITY_MAX_LENGTH, message = "A city has at most " + CITY_MAX_LENGTH + " characters")
        @PlainText
        String city,

        @NotNull(message = "Choose the venue's country") CountryCode country,

        @Nullable
        @Size(max = ADDRESS_MAX_LENGTH, message = "An address has at most " + ADDRESS_MAX_LENGTH + " characters")
        @PlainText(multiline = true)
        String address,

        @NotNull(message = "Choose the venue's time zone") @AreaCityZone
        ZoneId timeZone,

        @Min(value = 0, message = "Capacity cannot be negative")
        @Max(value = 100_000, message = "That is more than any venue holds")
        int capacity) {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int CITY_MAX_LENGTH = 120;
    public static final int ADDRESS_MAX_LENGTH = 400;
}

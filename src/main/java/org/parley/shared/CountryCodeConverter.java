package org.parley.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** Stores a country as its two-letter code. */
@Converter(autoApply = true)
public class CountryCodeConverter implements AttributeConverter<CountryCode, String> {
    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable CountryCode country) {
        return country == null ? null : country.code();
    }

    @Override
    public @Nullable CountryCode convertToEntityAttribute(@Nullable String code) {
        return code == null ? null : new CountryCode(code);
    }
}

package org.parley.directory;

import org.jspecify.annotations.Nullable;
import org.parley.shared.CountryCode;

/**
 * What the People grid and people pickers ask for.
 *
 * @param text matched against name (in Latin letters and in its original script), job title, organisation and
 *     e-mail, ignoring case
 */
public record PersonFilter(@Nullable String text, @Nullable CountryCode country, boolean includeInactive) {

    public static PersonFilter byText(@Nullable String text) {
        return new PersonFilter(text, null, false);
    }
}

package org.parley.relations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.PlainText;

/**
 * An open question as a planner writes it.
 *
 * @param countries the counterpart country, or the group of countries the question is with
 * @param owner who in the ministry follows it, from the directory
 */
public record QuestionData(
        @NotBlank(message = "{relations.invalid.title}")
        @Size(max = TITLE_MAX_LENGTH, message = "{relations.invalid.tooLong}")
        @PlainText
        String title,

        @Size(max = TEXT_MAX_LENGTH, message = "{relations.invalid.tooLong}") @PlainText(multiline = true)
        String description,

        @Size(max = TEXT_MAX_LENGTH, message = "{relations.invalid.tooLong}") @PlainText(multiline = true)
        String ourPosition,

        @Size(max = TEXT_MAX_LENGTH, message = "{relations.invalid.tooLong}") @PlainText(multiline = true)
        String theirPosition,

        @Nullable PersonId owner,
        @NotNull QuestionStatus status,
        @NotNull Classification classification,

        @NotEmpty(message = "{relations.invalid.countries}")
        @Size(max = MAX_COUNTRIES, message = "{relations.invalid.tooManyCountries}")
        Set<@NotNull CountryCode> countries) {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int TEXT_MAX_LENGTH = 4000;
    public static final int MAX_COUNTRIES = 30;

    public QuestionData {
        description = description == null ? "" : description;
        ourPosition = ourPosition == null ? "" : ourPosition;
        theirPosition = theirPosition == null ? "" : theirPosition;
        countries = countries == null ? Set.of() : Set.copyOf(countries);
    }
}

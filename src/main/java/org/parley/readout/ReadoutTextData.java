package org.parley.readout;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;
import org.parley.shared.PlainText;

/** The text of a readout in one language, as the planner drafts it. */
public record ReadoutTextData(
        @NotNull String language,

        @NotBlank @Size(max = BODY_MAX_LENGTH) @PlainText(multiline = true)
        String body) {

    public static final int BODY_MAX_LENGTH = 8000;

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    /** A two-letter ISO 639 code, as Atom's xml:lang and the page's lang attribute need it. */
    @AssertTrue(message = "Choose a language")
    public boolean isKnownLanguage() {
        return language != null && LANGUAGES.contains(language);
    }
}

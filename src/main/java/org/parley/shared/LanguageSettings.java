package org.parley.shared;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator's language setting ({@code parley.i18n.*}; config/application.properties documents it).
 *
 * @param defaultLanguage the language a new user gets unless the administrator chooses another ({@code en}, {@code ru},
 *     {@code hi} or {@code ar}; anything else means English)
 */
@ConfigurationProperties(prefix = "parley.i18n")
public record LanguageSettings(@DefaultValue("en") String defaultLanguage) {

    /** The default as one of the languages Parley speaks. */
    public Locale defaultLocale() {
        return Messages.supported(defaultLanguage);
    }
}

package org.parley.protocol;

import java.util.Locale;

/**
 * Two working languages an interpreter translates between, either way; kept in alphabetical order of their ISO 639-1
 * codes so that "ru–en" and "en–ru" are the same pair.
 */
public record LanguagePair(String first, String second) implements Comparable<LanguagePair> {

    public LanguagePair {
        if (first.equals(second)) {
            throw new IllegalArgumentException("A language pair needs two languages, not " + first + " twice");
        }
        if (first.compareTo(second) > 0) {
            String swap = first;
            first = second;
            second = swap;
        }
    }

    /** The pair by its codes, "en-ru". */
    public String code() {
        return first + "-" + second;
    }

    /** The pair in the reader's language: "English ↔ Russian", «английский ↔ русский». */
    public String label(Locale reader) {
        return Languages.name(first, reader) + " \u2194 " + Languages.name(second, reader);
    }

    @Override
    public int compareTo(LanguagePair other) {
        return code().compareTo(other.code());
    }
}

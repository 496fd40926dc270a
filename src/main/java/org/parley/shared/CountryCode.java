package org.parley.shared;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An ISO 3166 alpha-2 country code from the JDK's own list ({@link Locale#getISOCountries()}), so there is no
 * hand-kept country table; names come from the JDK in the viewer's language.
 */
public record CountryCode(String code) implements Comparable<CountryCode> {

    private static final Set<String> KNOWN = Set.of(Locale.getISOCountries());
    private static final List<CountryCode> ALL =
            Arrays.stream(Locale.getISOCountries()).map(CountryCode::new).toList();

    public CountryCode {
        if (code == null || !KNOWN.contains(code)) {
            throw new IllegalArgumentException("Not an ISO 3166 country code: " + code);
        }
    }

    /** Accepts lower case and surrounding blanks, as people type codes. */
    public static CountryCode of(String code) {
        return new CountryCode(code.trim().toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String code) {
        return code != null && KNOWN.contains(code.trim().toUpperCase(Locale.ROOT));
    }

    public static List<CountryCode> all() {
        return ALL;
    }

    public static List<CountryCode> allSortedByName(Locale locale) {
        return ALL.stream()
                .sorted(Comparator.comparing(c -> c.displayName(locale)))
                .toList();
    }

    public String displayName(Locale locale) {
        return Locale.of("", code).getDisplayCountry(locale);
    }

    @Override
    public int compareTo(CountryCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}

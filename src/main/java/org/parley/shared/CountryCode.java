package org.parley.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
    /** By language: Parley's few, and bounded, since a browser's language before sign-in may be any. */
    private static final Cache<Locale, List<CountryCode>> SORTED_BY_NAME =
            Caffeine.newBuilder().maximumSize(32).build();

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

    /**
     * Every country by its name in the language, sorted once per language and shared: each country picker of every
     * signed-in user holds the same list instead of a copy of its own (docs/0031-performance-figures.md).
     */
    public static List<CountryCode> allSortedByName(Locale locale) {
        return SORTED_BY_NAME.get(
                locale,
                language -> ALL.stream()
                        .sorted(Comparator.comparing(c -> c.displayName(language)))
                        .toList());
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

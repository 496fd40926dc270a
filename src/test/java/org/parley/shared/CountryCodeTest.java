package org.parley.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryCodeTest {

    private static final Locale RUSSIAN = Locale.of("ru");

    @Test
    void countries_are_sorted_by_their_name_in_the_readers_language() {
        assertThat(CountryCode.allSortedByName(RUSSIAN))
                .hasSameSizeAs(CountryCode.all())
                .isSortedAccordingTo(Comparator.comparing(c -> c.displayName(RUSSIAN)));
        assertThat(CountryCode.allSortedByName(Locale.ENGLISH))
                .isSortedAccordingTo(Comparator.comparing(c -> c.displayName(Locale.ENGLISH)));
    }

    @Test
    void every_country_picker_in_one_language_shares_one_list() {
        assertThat(CountryCode.allSortedByName(RUSSIAN)).isSameAs(CountryCode.allSortedByName(Locale.of("ru")));
        assertThat(CountryCode.allSortedByName(RUSSIAN)).isNotSameAs(CountryCode.allSortedByName(Locale.ENGLISH));
    }
}

package org.parley.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void words_are_lower_case_without_accents_in_any_script() {
        assertThat(SearchText.words("Lavrov's visit to GENÈVE — Сергей Лавров, 2025"))
                .containsExactly("lavrov", "s", "visit", "to", "geneve", "сергеи", "лавров", "2025");
        assertThat(SearchText.words("फ़ैसल الحربي")).hasSize(2);
    }

    @Test
    void a_query_keeps_each_word_once_and_ignores_what_is_not_a_letter_or_digit() {
        assertThat(SearchText.queryWords("  Riyadh, riyadh!  % _ talks ")).containsExactly("riyadh", "talks");
        assertThat(SearchText.queryWords("%%% ***")).isEmpty();
    }

    @Test
    void very_long_words_and_queries_are_cut() {
        assertThat(SearchText.words("a".repeat(500))).singleElement().asString().hasSize(SearchText.WORD_MAX_LENGTH);
        assertThat(SearchText.queryWords("w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14"))
                .hasSize(SearchText.QUERY_MAX_WORDS);
    }
}

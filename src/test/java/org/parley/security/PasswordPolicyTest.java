package org.parley.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void a_short_password_is_refused_with_the_minimum_length() {
        assertThat(policy.problemWith("short-pass1", List.of()))
                .hasValueSatisfying(problem -> assertThat(problem.getMessage()).contains("at least 12 characters"));
    }

    @Test
    void a_common_password_is_refused_even_when_long_enough() {
        // all in zxcvbn's list of the most common passwords
        assertThat(policy.problemWith("password1234", List.of())).isPresent();
        assertThat(policy.problemWith("qwertyuiop123", List.of())).isPresent();
        assertThat(policy.problemWith("123456789012", List.of())).isPresent();
    }

    @Test
    void a_guessable_password_gets_one_sentence_with_one_full_stop() {
        // long enough and not in the list of common passwords, but a keyboard pattern zxcvbn has a warning for
        assertThat(policy.problemWith("qwertyuiopasdf", List.of()))
                .hasValueSatisfying(problem -> assertThat(problem.getMessage())
                        .startsWith("Too easy to guess: ")
                        .endsWith(". Add another word or two.")
                        .doesNotContain("..")
                        .doesNotContain(": ."));
    }

    @Test
    void a_password_made_of_the_username_is_refused() {
        assertThat(policy.problemWith("paulaplanner1", List.of("paulaplanner", "Paula Planner")))
                .isPresent();
    }

    @Test
    void a_long_unusual_passphrase_is_accepted() {
        assertThat(policy.problemWith("violet ferry under quiet granite", List.of()))
                .isEmpty();
        assertThat(policy.problemWith("parley-demo-pass", List.of())).isEmpty();
    }

    @Test
    void sixty_four_characters_and_more_are_allowed_up_to_the_maximum() {
        String sixtyFour = "a-rather-long-but-memorable-passphrase-for-the-embassy-in-riyadh!";
        assertThat(sixtyFour.length()).isGreaterThanOrEqualTo(64);
        assertThat(policy.problemWith(sixtyFour, List.of())).isEmpty();
        assertThat(policy.problemWith("x".repeat(PasswordPolicy.MAX_LENGTH + 1), List.of()))
                .hasValueSatisfying(problem -> assertThat(problem.getMessage()).contains("at most"));
    }

    @Test
    void length_counts_characters_not_bytes() {
        // twelve Cyrillic letters are twelve characters although they take 24 bytes
        assertThat(policy.problemWith("щзжфцшъюэяйк", List.of())).isEmpty();
    }
}

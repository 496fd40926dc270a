package org.parley.security;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.shared.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * Decides whether a password may be used, following OWASP ASVS 6.2: a length window, no composition rules, and a
 * refusal of common or easily guessed passwords. The common-password list and the guess estimate come from zxcvbn4j
 * (its list holds the 30,000 most common passwords), so nobody maintains a list by hand.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** zxcvbn's score runs 0 to 4; 0 and 1 mean "guessable within about a million tries". */
    private static final int MIN_SCORE = 2;

    private final Map<String, Integer> commonPasswords;
    private final Zxcvbn zxcvbn = new Zxcvbn();

    public PasswordPolicy() {
        try {
            this.commonPasswords = StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary();
        } catch (IOException e) {
            throw new UncheckedIOException("zxcvbn's password list is missing from the classpath", e);
        }
    }

    /**
     * Returns why the password cannot be used (its message in English, {@link RuleViolationException#messageIn} in the
     * reader's language), or nothing when it is acceptable.
     *
     * @param personalWords the username, display name and similar: a password built from them is refused
     */
    public Optional<RuleViolationException> problemWith(String password, List<String> personalWords) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(RuleViolationException.because("security.password.tooShort", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(RuleViolationException.because("security.password.tooLong", MAX_LENGTH));
        }
        if (commonPasswords.containsKey(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(RuleViolationException.because("security.password.common"));
        }
        Strength strength = zxcvbn.measure(
                password, personalWords.stream().filter(w -> !w.isBlank()).toList());
        if (strength.getScore() < MIN_SCORE) {
            String warning = sentence(strength.getFeedback().getWarning());
            // zxcvbn's warning is English only; the other languages name it in brackets after their own sentence
            return Optional.of(
                    warning.isEmpty()
                            ? RuleViolationException.because("security.password.tooEasy")
                            : RuleViolationException.because("security.password.tooEasyBecause", warning));
        }
        return Optional.empty();
    }

    /** zxcvbn's warning without its closing full stop, as a clause of our own sentence: "…password. Add…". */
    private static String sentence(@Nullable String warning) {
        String text = warning == null ? "" : warning.strip();
        while (text.endsWith(".") || text.endsWith("!")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}

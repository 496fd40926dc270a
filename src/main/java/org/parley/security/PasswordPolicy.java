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
     * Returns why the password cannot be used, or nothing when it is acceptable.
     *
     * @param personalWords the username, display name and similar: a password built from them is refused
     */
    public Optional<String> problemWith(String password, List<String> personalWords) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters (a few unrelated words work well)");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters");
        }
        if (commonPasswords.containsKey(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("This is one of the most common passwords; choose another");
        }
        Strength strength = zxcvbn.measure(password, personalWords.stream().filter(w -> !w.isBlank()).toList());
        if (strength.getScore() < MIN_SCORE) {
            String warning = sentence(strength.getFeedback().getWarning());
            return Optional.of("Too easy to guess" + (warning.isEmpty() ? "" : ": " + warning)
                    + ". Add another word or two.");
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

package org.parley.shared;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A request that breaks a business rule; the message is meant for the user and says what to do instead. Made by
 * {@link #because(String, Object...)} it carries a bundle key and its arguments: {@link #getMessage()} is then the
 * English text (for logs and the API's problem details) and {@link #messageIn(Locale)} the reader's (docs/0021).
 */
public class RuleViolationException extends RuntimeException {

    private final @Nullable String key;
    private final Object[] arguments;

    /** A rule broken, said in English only; for texts not yet in a bundle. */
    public RuleViolationException(String message) {
        super(message);
        this.key = null;
        this.arguments = new Object[0];
    }

    private RuleViolationException(String key, Object[] arguments) {
        super(Messages.english(key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** A rule broken, said by the bundle text {@code key} with its {@code arguments}. */
    public static RuleViolationException because(String key, Object... arguments) {
        return new RuleViolationException(key, arguments);
    }

    /** The bundle key, or nothing for an English-only message; lets a view mark the field the rule is about. */
    public @Nullable String key() {
        return key;
    }

    /** The message in {@code locale}; the English message when this exception was made without a key. */
    public String messageIn(Locale locale) {
        return key == null ? getMessage() : Messages.get(locale, key, arguments);
    }

    @Override
    public String getMessage() {
        return String.valueOf(super.getMessage());
    }
}

package org.parley.shared;

/** A request that breaks a business rule; the message is meant for the user and says what to do instead. */
public class RuleViolationException extends RuntimeException {
    public RuleViolationException(String message) {
        super(message);
    }
}

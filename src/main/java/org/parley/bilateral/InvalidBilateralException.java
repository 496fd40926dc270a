package org.parley.bilateral;

import java.util.List;
import org.parley.shared.Messages;
import org.parley.shared.RuleViolationException;

/** A request or setting that breaks a rule; {@link #keys()} name the texts that say which, in any language. */
public class InvalidBilateralException extends RuleViolationException {

    private final List<String> keys;

    InvalidBilateralException(List<String> keys) {
        super(String.join(" ", keys.stream().map(Messages::english).toList()));
        this.keys = List.copyOf(keys);
    }

    public List<String> keys() {
        return keys;
    }
}

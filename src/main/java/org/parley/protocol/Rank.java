package org.parley.protocol;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.shared.Messages;

/**
 * A protocol rank with its precedence: the lower the number, the higher the rank (head of state is 1).
 *
 * @param code the default rank's code, by which its name is translated; {@code null} for a rank the administrator added
 * @param name the name as entered, shown for a rank without a code
 */
public record Rank(RankId id, @Nullable String code, String name, int precedence, long version) {

    /** The rank's name in the reader's language. */
    public String label(Locale locale) {
        String key = code == null ? null : "protocol.rank." + code;
        return key != null && Messages.has(key) ? Messages.get(locale, key) : name;
    }

    /** Whether this rank is a head of state's or government's: the ranks a summit expects at its head. */
    public boolean headsStateOrGovernment() {
        return "HEAD_OF_STATE".equals(code) || "HEAD_OF_GOVERNMENT".equals(code);
    }

    public RankData toData() {
        return new RankData(name, precedence);
    }
}

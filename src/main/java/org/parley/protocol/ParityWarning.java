package org.parley.protocol;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.shared.Messages;

/** Why the heads of delegation do not match in rank; shown with both ranks side by side. */
public sealed interface ParityWarning {

    /** The warning in the reader's language. */
    String message(Locale locale);

    /** Two heads of delegation more precedence levels apart than the configured limit. */
    record LevelsApart(String ourHead, Rank ourRank, String theirHead, Rank theirRank, int levels)
            implements ParityWarning {

        @Override
        public String message(Locale locale) {
            return Messages.get(
                    locale,
                    "protocol.parity.levelsApart",
                    ourHead,
                    ourRank.label(locale),
                    theirHead,
                    theirRank.label(locale),
                    levels);
        }
    }

    /** A head of delegation at a summit who is neither head of state nor head of government. */
    record SummitWithoutHead(String head, @Nullable Rank rank) implements ParityWarning {

        @Override
        public String message(Locale locale) {
            return rank == null
                    ? Messages.get(locale, "protocol.parity.summitUnranked", head)
                    : Messages.get(locale, "protocol.parity.summitRank", head, rank.label(locale));
        }
    }
}

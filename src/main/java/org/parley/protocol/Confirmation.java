package org.parley.protocol;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.shared.CountryCode;
import org.parley.shared.Messages;

/**
 * The answer of one delegation's side that is not ours (docs/0033): what they said, how, when, and their reference.
 *
 * @param at when their answer came (UTC); null while proposed
 * @param reference their reference or ours for the exchange (a note's number, a call's log entry)
 * @param proposedStart with {@code proposedEnd}: the time they proposed instead, when counter-proposed
 * @param noteVerbale the note of the register that carried the answer, when the channel is a note verbale
 */
public record Confirmation(
        ConfirmationStatus status,
        @Nullable ConfirmationChannel channel,
        @Nullable Instant at,
        @Nullable String reference,
        @Nullable Instant proposedStart,
        @Nullable Instant proposedEnd,
        @Nullable Long noteVerbale) {

    public static final int REFERENCE_MAX_LENGTH = 100;

    /** Where every foreign delegation starts: proposed, nothing heard yet. */
    public static final Confirmation PROPOSED =
            new Confirmation(ConfirmationStatus.PROPOSED, null, null, null, null, null, null);

    public boolean confirmed() {
        return status == ConfirmationStatus.CONFIRMED;
    }

    /**
     * "Awaiting confirmation by Russia, India" in the viewer's language: the one label every status display shows
     * next to an approved meeting whose counterparts have not all confirmed. Empty when nobody is awaited.
     */
    public static String awaitingLabel(Locale locale, Collection<CountryCode> awaited) {
        if (awaited.isEmpty()) {
            return "";
        }
        List<String> names = awaited.stream().map(c -> c.displayName(locale)).toList();
        return Messages.get(
                locale, "protocol.confirmation.awaiting", names.stream().collect(Collectors.joining(", ")));
    }
}

package org.parley.meeting;

import java.time.Duration;
import java.time.Instant;
import org.parley.protocol.Confirmation;
import org.parley.protocol.ConfirmationChannel;
import org.parley.protocol.ConfirmationStatus;
import org.parley.shared.RuleViolationException;

/** What a recorded answer of the other side must hold (docs/0033); each refusal says what is missing. */
final class ConfirmationRules {

    /** Clocks differ a little: an answer "received now" on a fast PC is not from the future. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private ConfirmationRules() {}

    static Confirmation checked(Confirmation given, Instant now) {
        String reference = given.reference() == null || given.reference().isBlank()
                ? null
                : given.reference().strip();
        if (reference != null && reference.length() > Confirmation.REFERENCE_MAX_LENGTH) {
            throw RuleViolationException.because(
                    "protocol.confirmation.referenceTooLong", Confirmation.REFERENCE_MAX_LENGTH);
        }
        if (given.status() == ConfirmationStatus.PROPOSED) {
            return Confirmation.PROPOSED;
        }
        if (given.channel() == null) {
            throw RuleViolationException.because("protocol.confirmation.channelNeeded");
        }
        if (given.at() == null) {
            throw RuleViolationException.because("protocol.confirmation.whenNeeded");
        }
        if (given.at().isAfter(now.plus(CLOCK_SKEW))) {
            throw RuleViolationException.because("protocol.confirmation.inFuture");
        }
        boolean counter = given.status() == ConfirmationStatus.COUNTER_PROPOSED;
        if (counter
                && (given.proposedStart() == null
                        || given.proposedEnd() == null
                        || !given.proposedEnd().isAfter(given.proposedStart()))) {
            throw RuleViolationException.because("protocol.confirmation.proposedTimeNeeded");
        }
        return new Confirmation(
                given.status(),
                given.channel(),
                given.at(),
                reference,
                counter ? given.proposedStart() : null,
                counter ? given.proposedEnd() : null,
                given.channel() == ConfirmationChannel.NOTE_VERBALE ? given.noteVerbale() : null);
    }
}

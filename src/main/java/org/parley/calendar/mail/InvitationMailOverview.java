package org.parley.calendar.mail;

import java.util.List;
import org.parley.shared.Classification;

/**
 * What Parley does with e-mail invitations for one meeting, and the messages so far, newest first.
 *
 * @param ceiling the highest classification whose meetings are e-mailed
 */
public record InvitationMailOverview(Mode mode, Classification ceiling, List<InvitationMailSummary> messages) {

    public enum Mode {
        /** No mail server is configured ({@code spring.mail.host}): nothing is sent or queued. */
        NOT_CONFIGURED,
        /** The meeting is classified above what may be e-mailed: nothing is sent or queued for it. */
        WITHHELD,
        /** Invitations go out when the meeting is approved, changed or cancelled. */
        SENDING
    }

    public boolean anyFailed() {
        return messages.stream().anyMatch(m -> m.status() == InvitationMailStatus.FAILED);
    }
}

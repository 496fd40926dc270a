package org.parley.meeting;

import org.springframework.security.access.AccessDeniedException;

/** Only the meeting's participants answer its invitation, each for themselves (docs/0025). */
public class NotAParticipantException extends AccessDeniedException {

    public NotAParticipantException(String message) {
        super(message);
    }
}

package org.parley.meeting;

import java.util.Locale;
import org.parley.shared.Messages;

/** How the delegations meet. */
public enum MeetingFormat {
    IN_PERSON,
    VIRTUAL,
    HYBRID,
    PHONE;

    /** Its label in English (logs, the API, calendar files); a reader's language: {@link Messages#label}. */
    public String label() {
        return Messages.label(Locale.ENGLISH, this);
    }

    /** Calls need no venue or room: their time zone is the host side's. */
    public boolean needsVenue() {
        return this == IN_PERSON || this == HYBRID;
    }
}

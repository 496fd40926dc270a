package org.parley.meeting;

import java.util.Locale;
import org.parley.shared.Messages;

/** A person's role within their delegation. */
public enum MemberRole {
    HEAD,
    DEPUTY,
    DELEGATE,
    EXPERT,
    INTERPRETER,
    NOTE_TAKER,
    LIAISON;

    /** Its label in English (logs, the API, calendar files); a reader's language: {@link Messages#label}. */
    public String label() {
        return Messages.label(Locale.ENGLISH, this);
    }
}

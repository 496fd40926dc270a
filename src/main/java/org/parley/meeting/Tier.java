package org.parley.meeting;

import java.util.Locale;
import org.parley.shared.Messages;

/** Who meets; decides the approval policy. */
public enum Tier {
    WORKING_LEVEL,
    MINISTERIAL,
    HEAD_OF_STATE;

    /** Its label in English (logs, the API, calendar files); a reader's language: {@link Messages#label}. */
    public String label() {
        return Messages.label(Locale.ENGLISH, this);
    }
}

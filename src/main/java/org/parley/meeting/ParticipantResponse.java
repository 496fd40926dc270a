package org.parley.meeting;

import java.util.Locale;
import org.parley.shared.Messages;

/** A participant's answer to the invitation; the same four states as iCalendar's PARTSTAT. */
public enum ParticipantResponse {
    NEEDS_ACTION,
    ACCEPTED,
    TENTATIVE,
    DECLINED;

    /** Its label in English (logs, the API, calendar files); a reader's language: {@link Messages#label}. */
    public String label() {
        return Messages.label(Locale.ENGLISH, this);
    }
}

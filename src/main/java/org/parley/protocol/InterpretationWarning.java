package org.parley.protocol;

import java.util.Locale;
import org.parley.shared.CountryCode;
import org.parley.shared.Messages;

/** What is missing for the delegations to understand each other; shown wherever the meeting is planned or approved. */
public sealed interface InterpretationWarning {

    /** The warning in the reader's language. */
    String message(Locale locale);

    /** Two delegations have no common working language and no interpreter assigned to the meeting covers the pair. */
    record Uncovered(LanguagePair pair) implements InterpretationWarning {

        @Override
        public String message(Locale locale) {
            return Messages.get(locale, "protocol.interpretation.uncovered", pair.label(locale));
        }
    }

    /** A delegation whose working language nobody entered, so Parley cannot tell what interpretation it needs. */
    record NoLanguage(CountryCode delegation) implements InterpretationWarning {

        @Override
        public String message(Locale locale) {
            return Messages.get(locale, "protocol.interpretation.noLanguage", delegation.displayName(locale));
        }
    }

    /** Simultaneous interpretation in a room without interpretation booths. */
    record NoBooths(String room) implements InterpretationWarning {

        @Override
        public String message(Locale locale) {
            return Messages.get(locale, "protocol.interpretation.noBooths", room);
        }
    }
}

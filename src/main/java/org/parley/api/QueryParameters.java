package org.parley.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.api.InvalidInputException.FieldMessage;
import org.parley.shared.CalendarYears;
import org.parley.shared.PlainText;

/** The lists' filters, held to the same rules as what they filter: plain text, dates within the calendar years. */
final class QueryParameters {

    /** Longer than any title or name Parley keeps, so a longer search could never match. */
    static final int SEARCH_MAX_LENGTH = 200;

    private QueryParameters() {}

    static @Nullable String searchText(String parameter, @Nullable String text) {
        if (text != null && (text.length() > SEARCH_MAX_LENGTH || !PlainText.Check.isPlain(text, false))) {
            throw new InvalidInputException(List.of(new FieldMessage(
                    parameter, "Search for plain text of at most " + SEARCH_MAX_LENGTH + " characters")));
        }
        return text;
    }

    static @Nullable Instant time(String parameter, @Nullable OffsetDateTime time) {
        if (time != null && !CalendarYears.contain(time)) {
            throw new InvalidInputException(List.of(new FieldMessage(parameter, CalendarYears.MESSAGE)));
        }
        return time == null ? null : time.toInstant();
    }
}

package org.parley.bilateral;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.shared.CountryCode;

/**
 * A bilateral as the planner enters or pastes it. Times are wall-clock times at the conference's venue. The rules are
 * checked by {@link #problems()}, which names each broken one by its text's key, so that the form and the CSV import
 * say the same thing in the reader's language.
 *
 * @param precedence the counterpart's place in protocol order, 1 first; higher-precedence counterparts are met
 *     earlier when all else is equal
 * @param partySize how many people the room must seat, both sides together
 */
public record BilateralRequestData(
        CountryCode counterpartCountry,
        PersonId counterpartPrincipal,
        PersonId ourPrincipal,
        RequestedBy requestedBy,
        Priority priority,
        @Nullable Integer precedence,
        int durationMinutes,
        int partySize,
        @Nullable LocalDateTime earliest,
        @Nullable LocalDateTime latest,
        @Nullable LocalDateTime preferredFrom,
        @Nullable LocalDateTime preferredTo,
        List<LocalSpan> unavailable,
        String notes) {

    public static final int DEFAULT_DURATION = 30;
    public static final int SHORTEST = 15;
    public static final int LONGEST = 240;
    public static final int DEFAULT_PARTY = 8;
    public static final int SMALLEST_PARTY = 2;
    public static final int LARGEST_PARTY = 200;
    public static final int NOTES_MAX_LENGTH = 2000;
    public static final int MAX_UNAVAILABLE = 20;

    public BilateralRequestData {
        unavailable = List.copyOf(unavailable);
        notes = notes == null ? "" : notes.strip();
    }

    /** The keys of the texts that say what is wrong, empty when the request can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (counterpartPrincipal.equals(ourPrincipal)) {
            problems.add("bilateral.problem.samePerson");
        }
        if (durationMinutes < SHORTEST || durationMinutes > LONGEST) {
            problems.add("bilateral.problem.duration");
        }
        if (partySize < SMALLEST_PARTY || partySize > LARGEST_PARTY) {
            problems.add("bilateral.problem.partySize");
        }
        if (precedence != null && (precedence < 1 || precedence > 999)) {
            problems.add("bilateral.problem.precedence");
        }
        if (earliest != null && latest != null && !latest.isAfter(earliest)) {
            problems.add("bilateral.problem.window");
        }
        if ((preferredFrom == null) != (preferredTo == null)
                || preferredFrom != null && preferredTo != null && !preferredTo.isAfter(preferredFrom)) {
            problems.add("bilateral.problem.preferred");
        }
        if (unavailable.size() > MAX_UNAVAILABLE) {
            problems.add("bilateral.problem.tooManyUnavailable");
        } else if (!unavailable.stream().allMatch(LocalSpan::isOrdered)) {
            problems.add("bilateral.problem.unavailable");
        }
        if (notes.length() > NOTES_MAX_LENGTH) {
            problems.add("bilateral.problem.notesLength");
        }
        if (notes.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            problems.add("bilateral.problem.notesControl");
        }
        return problems;
    }
}

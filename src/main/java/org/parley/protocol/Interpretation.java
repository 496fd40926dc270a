package org.parley.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.parley.shared.CountryCode;

/**
 * The interpretation a meeting needs and what of it is planned (docs/0024): each delegation's working language, the
 * language pairs between them, the mode, the interpreters assigned and the pairs none of them covers.
 *
 * @param sides each delegation with its working language, in the meeting's order
 * @param pairs every pair of working languages the delegations speak, alphabetical
 * @param uncoveredPairs the pairs no assigned interpreter covers
 * @param interpreters the interpreters assigned to the meeting with the pairs each covers
 * @param warnings what is missing: uncovered pairs, delegations without a language, a room without booths
 */
public record Interpretation(
        InterpretationMode mode,
        List<Side> sides,
        List<LanguagePair> pairs,
        List<LanguagePair> uncoveredPairs,
        List<Interpreter> interpreters,
        List<InterpretationWarning> warnings) {

    public Interpretation {
        sides = List.copyOf(sides);
        pairs = List.copyOf(pairs);
        uncoveredPairs = List.copyOf(uncoveredPairs);
        interpreters = List.copyOf(interpreters);
        warnings = List.copyOf(warnings);
    }

    /** Whether the delegations speak more than one working language between them. */
    public boolean needed() {
        return !pairs.isEmpty();
    }

    /**
     * Works out the interpretation of a meeting. A delegation's working language is the one the planner set, else its
     * head's first working language; an interpreter covers every pair of the languages they work in.
     *
     * @param room the booked room's name when simultaneous interpretation happens there, null for none (calls)
     * @param roomHasBooths whether that room has interpretation booths
     */
    public static Interpretation plan(
            InterpretationMode mode,
            List<Side> sides,
            List<Interpreter> interpreters,
            @Nullable String room,
            boolean roomHasBooths) {
        List<InterpretationWarning> warnings = new ArrayList<>();
        var languages = new TreeSet<String>();
        for (Side side : sides) {
            if (side.language() == null) {
                warnings.add(new InterpretationWarning.NoLanguage(side.delegation()));
            } else {
                languages.add(side.language());
            }
        }
        List<LanguagePair> pairs = pairsOf(List.copyOf(languages));
        List<LanguagePair> uncovered = pairs.stream()
                .filter(pair -> interpreters.stream().noneMatch(i -> i.covers(pair)))
                .toList();
        uncovered.forEach(pair -> warnings.add(new InterpretationWarning.Uncovered(pair)));
        if (!pairs.isEmpty() && mode == InterpretationMode.SIMULTANEOUS && room != null && !roomHasBooths) {
            warnings.add(new InterpretationWarning.NoBooths(room));
        }
        return new Interpretation(mode, sides, pairs, uncovered, interpreters, warnings);
    }

    /** Every pair of distinct languages, alphabetical. */
    static List<LanguagePair> pairsOf(List<String> languages) {
        List<LanguagePair> pairs = new ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            for (int j = i + 1; j < languages.size(); j++) {
                pairs.add(new LanguagePair(languages.get(i), languages.get(j)));
            }
        }
        return pairs.stream().sorted().toList();
    }

    /**
     * A delegation and its working language.
     *
     * @param language ISO 639-1; null when neither the planner nor the directory says
     * @param fromHead whether the language is the head of delegation's, not one the planner set
     */
    public record Side(CountryCode delegation, @Nullable String language, boolean fromHead) {}

    /** An interpreter assigned to the meeting, with the languages they work in (ISO 639-1). */
    public record Interpreter(String name, List<String> languages) {

        public Interpreter {
            languages = List.copyOf(languages);
        }

        public boolean covers(LanguagePair pair) {
            return languages.contains(pair.first()) && languages.contains(pair.second());
        }

        /** The pairs among the interpreter's languages. */
        public List<LanguagePair> pairs() {
            return pairsOf(languages.stream().distinct().sorted().toList());
        }
    }

    /** The language of a side: the planner's choice, else the head's first language. */
    public static Side side(CountryCode delegation, @Nullable String set, List<String> headLanguages) {
        return set != null
                ? new Side(delegation, set, false)
                : new Side(
                        delegation,
                        headLanguages.stream()
                                .filter(Objects::nonNull)
                                .findFirst()
                                .orElse(null),
                        true);
    }
}

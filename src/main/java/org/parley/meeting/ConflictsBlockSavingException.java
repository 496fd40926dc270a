package org.parley.meeting;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.shared.Messages;
import org.parley.shared.RuleViolationException;

/** Saving would put the meeting into a room already booked then: the planner must choose another room or time. */
public class ConflictsBlockSavingException extends RuleViolationException {

    private final List<Conflict> conflicts;

    public ConflictsBlockSavingException(List<Conflict> conflicts) {
        super(text(Locale.ENGLISH, conflicts));
        this.conflicts = List.copyOf(conflicts);
    }

    @Override
    public String messageIn(Locale locale) {
        return text(locale, conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    private static String text(Locale locale, List<Conflict> conflicts) {
        return Messages.get(
                locale,
                "meeting.rule.roomTaken",
                conflicts.stream().map(c -> c.message(locale)).collect(Collectors.joining("; ")));
    }
}

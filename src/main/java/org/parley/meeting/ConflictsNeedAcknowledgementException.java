package org.parley.meeting;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.shared.Messages;
import org.parley.shared.RuleViolationException;

/** Saving would put people into two meetings at once; the planner must say they know. */
public class ConflictsNeedAcknowledgementException extends RuleViolationException {

    private final List<Conflict> conflicts;

    public ConflictsNeedAcknowledgementException(List<Conflict> conflicts) {
        super(text(Locale.ENGLISH, conflicts));
        this.conflicts = List.copyOf(conflicts);
    }

    @Override
    public String messageIn(Locale locale) {
        return text(locale, conflicts);
    }

    private static String text(Locale locale, List<Conflict> conflicts) {
        return Messages.get(
                locale,
                "meeting.rule.peopleBusy",
                conflicts.stream().map(c -> c.message(locale)).collect(Collectors.joining("; ")));
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }
}

package org.parley.meeting;

import java.util.List;
import java.util.stream.Collectors;
import org.parley.shared.RuleViolationException;

/** Saving would put people into two meetings at once; the planner must say they know. */
public class ConflictsNeedAcknowledgementException extends RuleViolationException {

    private final List<Conflict> conflicts;

    public ConflictsNeedAcknowledgementException(List<Conflict> conflicts) {
        super("Some people are busy at that time: "
                + conflicts.stream().map(Conflict::message).collect(Collectors.joining("; "))
                + ". Confirm that you want to save anyway.");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }
}

package org.parley.meeting;

import java.util.List;
import org.parley.shared.RuleViolationException;

/**
 * Saving would change what the approvers approved (or are approving), so the meeting would go back to them and their
 * approvals would no longer count; the planner must say they know. Nothing has been saved.
 */
public class ReapprovalNeedsConfirmationException extends RuleViolationException {

    private final MeetingStatus status;
    private final List<String> changes;

    public ReapprovalNeedsConfirmationException(MeetingStatus status, List<String> changes) {
        super("You changed " + String.join(", ", changes) + ". The meeting is "
                + status.label().toLowerCase()
                + "; after saving it goes back to its approvers, and approvals given so far no longer count.");
        this.status = status;
        this.changes = List.copyOf(changes);
    }

    public MeetingStatus status() {
        return status;
    }

    /** What changed, as the planner would say it ("the time", "the venue"…). */
    public List<String> changes() {
        return changes;
    }
}

package org.parley.meeting;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.shared.Messages;
import org.parley.shared.RuleViolationException;

/**
 * Saving would change what the approvers approved (or are approving), so the meeting would go back to them and their
 * approvals would no longer count; the planner must say they know. Nothing has been saved.
 */
public class ReapprovalNeedsConfirmationException extends RuleViolationException {

    private final MeetingStatus status;
    private final List<String> changes;

    public ReapprovalNeedsConfirmationException(MeetingStatus status, List<String> changes) {
        super(text(Locale.ENGLISH, status, changes));
        this.status = status;
        this.changes = List.copyOf(changes);
    }

    /** "You changed the start, the venue. The meeting is approved; after saving…", in the reader's language. */
    @Override
    public String messageIn(Locale locale) {
        return text(locale, status, changes);
    }

    private static String text(Locale locale, MeetingStatus status, List<String> changes) {
        String changed = changes.stream()
                .map(change -> Messages.get(locale, "meeting.change." + change.replace(' ', '_')))
                .collect(Collectors.joining(", "));
        return Messages.get(locale, "meeting.reapproval.text", changed, MeetingWorkflow.state(status));
    }

    public MeetingStatus status() {
        return status;
    }

    /** What changed, as the planner would say it ("the time", "the venue"…). */
    public List<String> changes() {
        return changes;
    }
}

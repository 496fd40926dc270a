package org.parley.approval.ui;

import java.util.function.Supplier;
import org.parley.approval.ApprovalState;
import org.parley.meeting.MeetingStatus;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.NavigationCount;
import org.parley.shared.ui.Notifications;

/**
 * What an approver is told after deciding, from the inbox or a meeting's page alike: what the decision did, or why it
 * was refused. Either way the count of waiting meetings in the navigation is brought up to date.
 */
final class Decisions {

    private Decisions() {}

    /** Runs the decision; shows its confirmation, or the rule that refused it. */
    static void carryOut(Supplier<String> decision) {
        try {
            Notifications.success(decision.get());
        } catch (RuleViolationException refused) {
            Notifications.error(refused.getMessage());
        }
        NavigationCount.changed();
    }

    static String approved(String title, ApprovalState state) {
        if (state.status() == MeetingStatus.APPROVED) {
            return "Approved \u201c" + title + "\u201d: it is approved now and goes into calendars.";
        }
        return "Your approval of \u201c" + title + "\u201d is recorded: " + state.approvalsGiven() + " of "
                + state.approvalsNeeded()
                + (state.seniorNeeded()
                        ? "; a senior approver must approve it too."
                        : "; it waits for another approver.");
    }

    static String rejected(String title, ApprovalState state) {
        return "Rejected \u201c" + title + "\u201d: it is back with the planner, with your comment.";
    }
}

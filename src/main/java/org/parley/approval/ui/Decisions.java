package org.parley.approval.ui;

import static org.parley.approval.ui.ApprovalTexts.text;

import java.util.function.Supplier;
import org.parley.approval.ApprovalState;
import org.parley.meeting.MeetingStatus;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.Languages;
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
            Notifications.error(refused.messageIn(Languages.current()));
        }
        NavigationCount.changed();
    }

    static String approved(String title, ApprovalState state) {
        if (state.status() == MeetingStatus.APPROVED) {
            return text("approval.decided.approved", title);
        }
        return text(
                state.seniorNeeded() ? "approval.decided.recordedSeniorNeeded" : "approval.decided.recorded",
                title,
                state.approvalsGiven(),
                state.approvalsNeeded());
    }

    static String rejected(String title, ApprovalState state) {
        return text("approval.decided.rejected", title);
    }
}

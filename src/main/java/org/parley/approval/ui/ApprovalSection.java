package org.parley.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.util.List;
import org.parley.approval.ApprovalService;
import org.parley.approval.ApprovalState;
import org.parley.approval.TimelineStep;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.Tier;
import org.parley.protocol.InterpretationWarning;
import org.parley.protocol.LanguagePair;
import org.parley.protocol.ParityWarning;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.security.SignedInUser;
import org.parley.shared.RuleViolationException;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.MeetingSection;
import org.parley.shared.ui.Notifications;
import org.parley.shared.ui.Sections;

/**
 * The approval part of a meeting page: where it stands, what the signed-in user may do now, and the timeline of
 * submissions and decisions. Buttons appear only for what the service would allow.
 */
@org.springframework.stereotype.Component
class ApprovalSection implements MeetingSection {

    private final ApprovalService approvals;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApprovalSection(ApprovalService approvals, MeetingService meetings, CurrentUser currentUser, Clock clock) {
        this.approvals = approvals;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component create(long meetingId, Runnable refreshPage) {
        MeetingId id = new MeetingId(meetingId);
        ApprovalState state = approvals.state(id);
        SignedInUser me = currentUser.require();
        var block = Sections.titled("Approval", "approval-section");

        var summary = new Paragraph(summary(state));
        summary.setId("approval-summary");
        block.add(summary);
        // the approvers see both heads' ranks side by side; the planner's justification is in the timeline
        List<ParityWarning> parity = meetings.parity(id);
        for (ParityWarning warning : parity) {
            var line = new Paragraph(
                    warning.message(com.vaadin.flow.component.UI.getCurrent().getLocale()));
            line.addClassName("parley-warning");
            line.addClassName("parley-parity-warning");
            block.add(line);
        }
        // the approvers see the language pairs no interpreter covers; at a summit approving them needs a reason
        List<LanguagePair> uncovered = meetings.interpretation(id).uncoveredPairs();
        boolean waiverNeeded = !uncovered.isEmpty() && meetings.get(id).tier() == Tier.HEAD_OF_STATE;
        for (LanguagePair pair : uncovered) {
            var line = new Paragraph(new InterpretationWarning.Uncovered(pair)
                    .message(com.vaadin.flow.component.UI.getCurrent().getLocale()));
            line.addClassName("parley-warning");
            line.addClassName("parley-interpretation-warning");
            block.add(line);
        }

        var actions = new HorizontalLayout();
        actions.setId("approval-actions");
        MeetingStatus status = state.status();
        if (me.hasRole(Role.PLANNER)) {
            if (status == MeetingStatus.DRAFT
                    || status == MeetingStatus.REJECTED
                    || status == MeetingStatus.POSTPONED) {
                actions.add(button(
                        "Submit for approval",
                        "submit-for-approval",
                        true,
                        () -> new CommentDialog(
                                        "Submit for approval",
                                        parity.isEmpty()
                                                ? "Note for the approvers (optional)"
                                                : block.getTranslation("protocol.parity.justification"),
                                        "Submit",
                                        !parity.isEmpty(),
                                        note -> act(
                                                () -> approvals.submit(id, note),
                                                "Submitted for approval",
                                                refreshPage))
                                .open()));
            }
            if (status == MeetingStatus.POSTPONED) {
                actions.add(button(
                        "Back to planning",
                        "reopen",
                        false,
                        () -> act(() -> approvals.reopen(id), "Back to planning as a draft", refreshPage)));
            }
            if (status == MeetingStatus.APPROVED
                    && !clock.instant().isBefore(meetings.get(id).end())) {
                actions.add(button(
                        "Mark as completed",
                        "complete",
                        true,
                        () -> act(() -> approvals.complete(id), "Completed", refreshPage)));
            }
            if (status != MeetingStatus.CANCELLED && status != MeetingStatus.COMPLETED) {
                if (status != MeetingStatus.POSTPONED) {
                    actions.add(button(
                            "Postpone",
                            "postpone",
                            false,
                            () -> new CommentDialog(
                                            "Postpone the meeting",
                                            "Reason",
                                            "Postpone",
                                            true,
                                            reason ->
                                                    act(() -> approvals.postpone(id, reason), "Postponed", refreshPage))
                                    .open()));
                }
                Button cancel = button(
                        "Cancel meeting",
                        "cancel-meeting",
                        false,
                        () -> new CommentDialog(
                                        "Cancel the meeting",
                                        "Reason",
                                        "Cancel meeting",
                                        true,
                                        reason -> act(() -> approvals.cancel(id, reason), "Cancelled", refreshPage))
                                .open());
                cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
                actions.add(cancel);
            }
        }
        if (status == MeetingStatus.PENDING_APPROVAL
                && (me.hasRole(Role.APPROVER) || me.hasRole(Role.SENIOR_APPROVER))) {
            if (state.callerMayDecide()) {
                int round = state.round();
                String title = meetings.get(id).title();
                Button approve = button(
                        "Approve",
                        "approve",
                        true,
                        () -> new CommentDialog(
                                        "Approve",
                                        waiverNeeded
                                                ? block.getTranslation("protocol.interpretation.waiver")
                                                : "Comment (optional)",
                                        "Approve",
                                        waiverNeeded,
                                        comment -> {
                                            Decisions.carryOut(() ->
                                                    Decisions.approved(title, approvals.approve(id, round, comment)));
                                            refreshPage.run();
                                        })
                                .open());
                approve.setEnabled(state.callerMayApprove());
                Button reject = button(
                        "Reject",
                        "reject",
                        false,
                        () -> new CommentDialog(
                                        "Reject", "What should the planner change?", "Reject", true, comment -> {
                                            Decisions.carryOut(() ->
                                                    Decisions.rejected(title, approvals.reject(id, round, comment)));
                                            refreshPage.run();
                                        })
                                .open());
                reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
                actions.add(approve, reject);
                state.whyCallerCannotApprove().ifPresent(reason -> actions.add(whyNot(reason)));
            } else {
                actions.add(whyNot(state.whyCallerCannotDecide().orElse("")));
            }
        }
        block.add(actions);
        block.add(timeline(state.timeline()));
        return block;
    }

    static String summary(ApprovalState state) {
        return switch (state.status()) {
            case PENDING_APPROVAL ->
                "Waiting for approval: " + state.approvalsGiven() + " of " + state.approvalsNeeded() + " approvals"
                        + (state.seniorNeeded() ? "; a senior approver must approve" : "");
            case APPROVED -> "Approved";
            case REJECTED -> "Rejected: change it and submit it again";
            case DRAFT ->
                "Draft: not submitted yet (needs " + state.approvalsNeeded() + " approval"
                        + (state.approvalsNeeded() == 1 ? "" : "s") + ")";
            default -> state.status().label();
        };
    }

    private com.vaadin.flow.component.Component timeline(List<TimelineStep> steps) {
        var list = new UnorderedList();
        list.setId("approval-timeline");
        if (steps.isEmpty()) {
            list.add(new ListItem("Nothing yet."));
        }
        for (TimelineStep step : steps) {
            String line = step.kind().label() + " by " + step.actor() + (step.actorSenior() ? " (senior)" : "")
                    + ", "
                    + TimeLabels.dayAndTime(step.at(), currentUser.require().timeZone())
                    + (step.comment() == null ? "" : " \u2014 " + step.comment());
            list.add(new ListItem(line));
        }
        return list;
    }

    private static Span whyNot(String reason) {
        var why = new Span(reason);
        why.addClassName("parley-muted");
        why.setId("why-not-decide");
        return why;
    }

    private static Button button(String text, String id, boolean primary, Runnable onClick) {
        var button = new Button(text, e -> onClick.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private static void act(Runnable action, String done, Runnable refreshPage) {
        try {
            action.run();
            Notifications.success(done);
        } catch (RuleViolationException refused) {
            Notifications.error(refused.getMessage());
        }
        refreshPage.run();
    }
}

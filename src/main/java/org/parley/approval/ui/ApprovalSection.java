package org.parley.approval.ui;

import static org.parley.approval.ui.ApprovalTexts.text;

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
import org.parley.shared.Messages;
import org.parley.shared.RuleViolationException;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.Languages;
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
        var block = Sections.titled(text("approval.section.title"), "approval-section");

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
                        text("approval.action.submit"),
                        "submit-for-approval",
                        true,
                        () -> new CommentDialog(
                                        text("approval.action.submit"),
                                        parity.isEmpty()
                                                ? text("approval.submit.note")
                                                : block.getTranslation("protocol.parity.justification"),
                                        text("approval.submit.confirm"),
                                        !parity.isEmpty(),
                                        note -> act(
                                                () -> approvals.submit(id, note),
                                                text("approval.submit.done"),
                                                refreshPage))
                                .open()));
            }
            if (status == MeetingStatus.POSTPONED) {
                actions.add(button(
                        text("approval.action.reopen"),
                        "reopen",
                        false,
                        () -> act(() -> approvals.reopen(id), text("approval.reopen.done"), refreshPage)));
            }
            if (status == MeetingStatus.APPROVED
                    && !clock.instant().isBefore(meetings.get(id).end())) {
                actions.add(button(
                        text("approval.action.complete"),
                        "complete",
                        true,
                        () -> act(() -> approvals.complete(id), text("approval.complete.done"), refreshPage)));
            }
            if (status != MeetingStatus.CANCELLED && status != MeetingStatus.COMPLETED) {
                if (status != MeetingStatus.POSTPONED) {
                    actions.add(button(
                            text("approval.action.postpone"),
                            "postpone",
                            false,
                            () -> new CommentDialog(
                                            text("approval.postpone.title"),
                                            text("approval.reason"),
                                            text("approval.action.postpone"),
                                            true,
                                            reason -> act(
                                                    () -> approvals.postpone(id, reason),
                                                    text("approval.postpone.done"),
                                                    refreshPage))
                                    .open()));
                }
                Button cancel = button(
                        text("approval.action.cancel"),
                        "cancel-meeting",
                        false,
                        () -> new CommentDialog(
                                        text("approval.cancel.title"),
                                        text("approval.reason"),
                                        text("approval.action.cancel"),
                                        true,
                                        reason -> act(
                                                () -> approvals.cancel(id, reason),
                                                text("approval.cancel.done"),
                                                refreshPage))
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
                        text("approval.action.approve"),
                        "approve",
                        true,
                        () -> new CommentDialog(
                                        text("approval.action.approve"),
                                        waiverNeeded
                                                ? text("protocol.interpretation.waiver")
                                                : text("approval.comment.optional"),
                                        text("approval.action.approve"),
                                        waiverNeeded,
                                        comment -> {
                                            Decisions.carryOut(() ->
                                                    Decisions.approved(title, approvals.approve(id, round, comment)));
                                            refreshPage.run();
                                        })
                                .open());
                approve.setEnabled(state.callerMayApprove());
                Button reject = button(
                        text("approval.action.reject"),
                        "reject",
                        false,
                        () -> new CommentDialog(
                                        text("approval.action.reject"),
                                        text("approval.reject.what"),
                                        text("approval.action.reject"),
                                        true,
                                        comment -> {
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
                text(
                        state.seniorNeeded() ? "approval.summary.pendingSenior" : "approval.summary.pending",
                        state.approvalsGiven(),
                        state.approvalsNeeded());
            case APPROVED -> text("approval.summary.approved");
            case REJECTED -> text("approval.summary.rejected");
            case DRAFT -> text("approval.summary.draft", state.approvalsNeeded());
            default -> Messages.label(Languages.current(), state.status());
        };
    }

    private com.vaadin.flow.component.Component timeline(List<TimelineStep> steps) {
        var list = new UnorderedList();
        list.setId("approval-timeline");
        if (steps.isEmpty()) {
            list.add(new ListItem(text("approval.timeline.empty")));
        }
        for (TimelineStep step : steps) {
            String line = text(
                            step.actorSenior() ? "approval.timeline.stepBySenior" : "approval.timeline.step",
                            Messages.label(Languages.current(), step.kind()),
                            step.actor(),
                            TimeLabels.dayAndTime(
                                    step.at(), currentUser.require().timeZone(), Languages.current()))
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
            Notifications.error(refused.messageIn(Languages.current()));
        }
        refreshPage.run();
    }
}

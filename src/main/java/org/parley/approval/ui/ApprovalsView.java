package org.parley.approval.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import org.parley.approval.ApprovalRequest;
import org.parley.approval.ApprovalService;
import org.parley.meeting.AnswerSummary;
import org.parley.meeting.Conflict;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.meeting.ui.AwaitingConfirmation;
import org.parley.meeting.ui.MeetingsNavigation;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.shared.Messages;
import org.parley.shared.TimeLabels;

/**
 * What waits for the signed-in approver, oldest submission first, with each meeting's essentials and conflicts, so
 * that most decisions can be made without leaving the list.
 */
@Route("approvals")
@Menu(title = "approval.inbox.title", order = 20, icon = "vaadin:check-square-o")
@RolesAllowed({Role.APPROVER_ROLE, Role.SENIOR_APPROVER_ROLE})
class ApprovalsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ApprovalRequest> grid = new Grid<>(ApprovalRequest.class, false);
    private final transient ApprovalService approvals;
    private final transient MeetingService meetings;
    private final ZoneId zone;

    /** The answers to the invitations of the meetings shown, for the declined-head warning (docs/0025). */
    private final java.util.Map<MeetingId, AnswerSummary> answers = new java.util.concurrent.ConcurrentHashMap<>();

    private final java.util.Map<MeetingId, List<org.parley.shared.CountryCode>> awaited =
            new java.util.concurrent.ConcurrentHashMap<>();

    ApprovalsView(ApprovalService approvals, MeetingService meetings, CurrentUser currentUser) {
        this.approvals = approvals;
        this.meetings = meetings;
        this.zone = currentUser.require().timeZone();
        addClassName("parley-page");
        setSizeFull();

        grid.addComponentColumn(this::meeting)
                .setHeader(getTranslation("approval.inbox.meeting"))
                .setFlexGrow(3);
        grid.addColumn(r -> TimeLabels.dayAndTime(r.start(), zone, getLocale()))
                .setHeader(getTranslation("approval.inbox.starts"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation(
                        "approval.inbox.submittedBy",
                        TimeLabels.dayAndTime(r.submittedAt(), zone, getLocale()),
                        r.submittedBy()))
                .setHeader(getTranslation("approval.inbox.submitted"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation("approval.inbox.count", r.approvalsGiven(), r.approvalsNeeded()))
                .setHeader(getTranslation("approval.inbox.approvals"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::conflicts)
                .setHeader(getTranslation("approval.inbox.conflicts"))
                .setFlexGrow(2);
        grid.addComponentColumn(r -> ProtocolCell.of(meetings, r.meeting(), getLocale()))
                .setHeader(getTranslation("approval.inbox.protocol"))
                .setKey("protocol")
                .setFlexGrow(2);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("approval.inbox.decide"))
                .setKey("decide")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> {
            var page = approvals.inbox(toSpringPageRequest(query)).getContent();
            answers.putAll(
                    meetings.answers(page.stream().map(ApprovalRequest::meeting).toList()));
            awaited.putAll(meetings.awaitingConfirmation(
                    page.stream().map(ApprovalRequest::meeting).toList()));
            return page.stream();
        });
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("approval.inbox.empty"));
        add(grid);
        expand(grid);
    }

    private Div meeting(ApprovalRequest request) {
        var details = new Div(Messages.label(getLocale(), request.kind()) + " \u00b7 "
                + Messages.label(getLocale(), request.tier())
                + " \u00b7 " + Messages.label(getLocale(), request.classification()));
        details.addClassName("parley-muted");
        var cell = new Div(
                MeetingsNavigation.link(request.meeting(), request.title()),
                details,
                AwaitingConfirmation.label(awaited.get(request.meeting()), getLocale()));
        AnswerSummary answered = answers.get(request.meeting());
        if (answered != null && answered.headsDeclined() > 0) {
            var warning = new Div(getTranslation("participation.approvals.headDeclined"));
            warning.addClassName("parley-warning");
            warning.addClassName("parley-head-declined");
            cell.add(warning);
        }
        return cell;
    }

    /**
     * Conflicts of one row, most serious first and at most two lines; the inbox is short, so reading them row by row
     * is fine.
     */
    private Div conflicts(ApprovalRequest request) {
        List<Conflict> found = meetings.conflictsOf(request.meeting()).stream()
                .sorted(java.util.Comparator.comparing((Conflict c) -> c.severity())
                        .reversed())
                .toList();
        var cell = new Div();
        if (found.isEmpty()) {
            cell.add(new Span(getTranslation("approval.inbox.noConflicts")));
        }
        for (Conflict conflict : found.subList(0, Math.min(2, found.size()))) {
            var line = new Div(conflict.message(getLocale()));
            line.addClassName(conflict.severity() == Conflict.Severity.WARNING ? "parley-warning" : "parley-error");
            cell.add(line);
        }
        if (found.size() > 2) {
            var more = new Div(getTranslation("approval.inbox.moreConflicts", found.size() - 2));
            more.addClassName("parley-muted");
            cell.add(more);
        }
        return cell;
    }

    private HorizontalLayout actions(ApprovalRequest request) {
        var approve = new Button(
                getTranslation("approval.action.approve"),
                e -> new CommentDialog(
                                getTranslation("approval.inbox.approveTitle", request.title()),
                                getTranslation("approval.comment.optional"),
                                getTranslation("approval.action.approve"),
                                false,
                                comment -> decide(() -> Decisions.approved(
                                        request.title(),
                                        approvals.approve(request.meeting(), request.round(), comment))))
                        .open());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        // the service would refuse it: say why instead of letting the approver find out after writing a comment
        approve.setEnabled(request.callerMayApprove());
        request.whyCallerCannotApprove().ifPresent(approve::setTooltipText);
        var reject = new Button(
                getTranslation("approval.action.reject"),
                e -> new CommentDialog(
                                getTranslation("approval.inbox.rejectTitle", request.title()),
                                getTranslation("approval.reject.what"),
                                getTranslation("approval.action.reject"),
                                true,
                                comment -> decide(() -> Decisions.rejected(
                                        request.title(),
                                        approvals.reject(request.meeting(), request.round(), comment))))
                        .open());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        var buttons = new HorizontalLayout(approve, reject);
        request.whyCallerCannotApprove().ifPresent(why -> {
            var note = new Span(getTranslation("approval.inbox.needsSenior"));
            note.addClassName("parley-muted");
            note.setTitle(why);
            buttons.add(note);
        });
        return buttons;
    }

    /** Carries out a decision, confirms it or says why it was refused, and updates the list and the count. */
    private void decide(java.util.function.Supplier<String> decision) {
        Decisions.carryOut(decision);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.inbox.title");
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}

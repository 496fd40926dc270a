package org.parley.calendar.mail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import org.parley.calendar.CalendarMethod;
import org.parley.calendar.mail.InvitationMailOverview;
import org.parley.calendar.mail.InvitationMailService;
import org.parley.calendar.mail.InvitationMailSummary;
import org.parley.meeting.MeetingId;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.security.SignedInUser;
import org.parley.shared.RuleViolationException;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.MeetingSection;
import org.parley.shared.ui.Notifications;
import org.parley.shared.ui.Sections;

/**
 * The e-mail part of a meeting page, for planners and approvers: whether invitations are e-mailed at all (a mail
 * server, the classification ceiling), and per person what was sent, what waits and what failed and why. Planners
 * can try the failed ones again.
 */
@org.springframework.stereotype.Component
class InvitationMailSection implements MeetingSection {

    private final InvitationMailService mail;
    private final CurrentUser currentUser;

    InvitationMailSection(InvitationMailService mail, CurrentUser currentUser) {
        this.mail = mail;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Component create(long meetingId, Runnable refreshPage) {
        SignedInUser me = currentUser.require();
        boolean planner = me.hasRole(Role.PLANNER);
        if (!planner && !me.hasRole(Role.APPROVER) && !me.hasRole(Role.SENIOR_APPROVER)) {
            var nothing = new Div();
            nothing.setVisible(false);
            return nothing;
        }
        MeetingId id = new MeetingId(meetingId);
        InvitationMailOverview overview = mail.overview(id);
        var block = Sections.titled("E-mail invitations", "mail-section");
        var state = new Paragraph(explanation(overview));
        state.setId("mail-state");
        state.addClassName("parley-muted");
        block.add(state);
        if (!overview.messages().isEmpty()) {
            block.add(grid(overview, me.timeZone()));
        }
        if (planner && overview.anyFailed() && overview.mode() != InvitationMailOverview.Mode.NOT_CONFIGURED) {
            var retry = new Button("Retry failed", e -> {
                try {
                    int again = mail.retryFailed(id);
                    Notifications.success(
                            again == 1 ? "Sending 1 invitation again" : "Sending " + again + " invitations again");
                } catch (RuleViolationException refused) {
                    Notifications.error(refused.getMessage());
                }
                refreshPage.run();
            });
            retry.setId("retry-failed-mail");
            retry.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            block.add(retry);
        }
        return block;
    }

    static String explanation(InvitationMailOverview overview) {
        return switch (overview.mode()) {
            case NOT_CONFIGURED -> "E-mail is not configured: no invitations are sent.";
            case WITHHELD ->
                "This meeting is classified above " + overview.ceiling().label().toLowerCase()
                        + ", so its invitations are not e-mailed: an e-mail travels and is kept outside Parley "
                        + "unprotected. Download the invite and send it through a channel cleared for the meeting.";
            case SENDING ->
                overview.messages().isEmpty()
                        ? "Invitations are e-mailed to everyone in the meeting with an e-mail address once it is approved."
                        : "Invitations are e-mailed when the meeting is approved, changed or cancelled.";
        };
    }

    private static Grid<InvitationMailSummary> grid(InvitationMailOverview overview, ZoneId zone) {
        var grid = new Grid<InvitationMailSummary>();
        grid.setId("mail-messages");
        grid.addColumn(m -> m.recipientName() + " <" + m.recipient() + ">")
                .setHeader("To")
                .setAutoWidth(true);
        grid.addColumn(m -> (m.method() == CalendarMethod.CANCEL ? "Cancellation" : "Invitation") + ", sequence "
                        + m.sequence())
                .setHeader("Message")
                .setAutoWidth(true);
        grid.addColumn(m -> status(m, zone)).setHeader("Status").setFlexGrow(1);
        grid.setItems(overview.messages());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        return grid;
    }

    static String status(InvitationMailSummary message, ZoneId zone) {
        return switch (message.status()) {
            case SENT ->
                "Sent "
                        + TimeLabels.dayAndTime(
                                message.sentAt() == null ? message.createdAt() : message.sentAt(), zone);
            case PENDING -> "Waiting to be sent";
            case SENDING -> "Being sent";
            case SUPERSEDED -> "Not sent: a newer message replaced it";
            case FAILED ->
                "Failed after " + message.attempts() + (message.attempts() == 1 ? " attempt" : " attempts")
                        + ": " + message.lastError()
                        + (message.nextAttemptAt() == null
                                ? "; no further attempts"
                                : "; next attempt " + TimeLabels.dayAndTime(message.nextAttemptAt(), zone));
        };
    }
}

package org.parley.calendar.mail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.Locale;
import org.parley.calendar.CalendarMethod;
import org.parley.calendar.mail.InvitationMailOverview;
import org.parley.calendar.mail.InvitationMailService;
import org.parley.calendar.mail.InvitationMailSummary;
import org.parley.meeting.MeetingId;
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
        var block = Sections.titled(text("calendar.mail.section.title"), "mail-section");
        var state = new Paragraph(explanation(overview, Languages.current()));
        state.setId("mail-state");
        state.addClassName("parley-muted");
        block.add(state);
        if (!overview.messages().isEmpty()) {
            block.add(grid(overview, me.timeZone(), Languages.current()));
        }
        if (planner && overview.anyFailed() && overview.mode() != InvitationMailOverview.Mode.NOT_CONFIGURED) {
            var retry = new Button(text("calendar.mail.section.retry"), e -> {
                try {
                    int again = mail.retryFailed(id);
                    Notifications.success(text("calendar.mail.section.retrying", again));
                } catch (RuleViolationException refused) {
                    Notifications.error(refused.messageIn(Languages.current()));
                }
                refreshPage.run();
            });
            retry.setId("retry-failed-mail");
            retry.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            block.add(retry);
        }
        return block;
    }

    static String explanation(InvitationMailOverview overview, Locale locale) {
        return switch (overview.mode()) {
            case NOT_CONFIGURED -> Messages.get(locale, "calendar.mail.section.notConfigured");
            case WITHHELD ->
                Messages.get(
                        locale,
                        "calendar.mail.section.withheld",
                        Messages.label(locale, overview.ceiling()).toLowerCase(locale));
            case SENDING ->
                Messages.get(
                        locale,
                        overview.messages().isEmpty()
                                ? "calendar.mail.section.onApproval"
                                : "calendar.mail.section.onChange");
        };
    }

    private static Grid<InvitationMailSummary> grid(InvitationMailOverview overview, ZoneId zone, Locale locale) {
        var grid = new Grid<InvitationMailSummary>();
        grid.setId("mail-messages");
        grid.addColumn(m -> m.recipientName() + " <" + m.recipient() + ">")
                .setHeader(Messages.get(locale, "calendar.mail.section.to"))
                .setAutoWidth(true);
        grid.addColumn(m -> Messages.get(
                        locale,
                        m.method() == CalendarMethod.CANCEL
                                ? "calendar.mail.section.cancellation"
                                : "calendar.mail.section.invitation",
                        m.sequence()))
                .setHeader(Messages.get(locale, "calendar.mail.section.message"))
                .setAutoWidth(true);
        grid.addColumn(m -> status(m, zone, locale))
                .setHeader(Messages.get(locale, "calendar.mail.section.status"))
                .setFlexGrow(1);
        grid.setItems(overview.messages());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        return grid;
    }

    static String status(InvitationMailSummary message, ZoneId zone, Locale locale) {
        return switch (message.status()) {
            case SENT ->
                Messages.get(
                        locale,
                        "calendar.mail.status.sent",
                        TimeLabels.dayAndTime(
                                message.sentAt() == null ? message.createdAt() : message.sentAt(), zone, locale));
            case PENDING -> Messages.get(locale, "calendar.mail.status.pending");
            case SENDING -> Messages.get(locale, "calendar.mail.status.sending");
            case SUPERSEDED -> Messages.get(locale, "calendar.mail.status.superseded");
            case FAILED ->
                message.nextAttemptAt() == null
                        ? Messages.get(
                                locale, "calendar.mail.status.failedFinally", message.attempts(), message.lastError())
                        : Messages.get(
                                locale,
                                "calendar.mail.status.failed",
                                message.attempts(),
                                message.lastError(),
                                TimeLabels.dayAndTime(message.nextAttemptAt(), zone, locale));
        };
    }

    private static String text(String key, Object... arguments) {
        return Messages.get(Languages.current(), key, arguments);
    }
}

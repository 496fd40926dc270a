package org.parley.participation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.directory.PeopleService;
import org.parley.meeting.Acknowledged;
import org.parley.meeting.AnswerData;
import org.parley.meeting.AnswerSource;
import org.parley.meeting.ConcurrentChangeException;
import org.parley.meeting.ConflictsNeedAcknowledgementException;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.ReapprovalNeedsConfirmationException;
import org.parley.participation.CounterProposal;
import org.parley.participation.CounterProposalService;
import org.parley.participation.ProposalData;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.shared.Messages;
import org.parley.shared.RuleViolationException;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.MeetingSection;
import org.parley.shared.ui.Notifications;
import org.parley.shared.ui.Sections;

/**
 * Proposals of another time (docs/0026): the planner reads the open ones and takes one (through the editor's rules:
 * clashes and re-approval are asked first) or declines it; a participant proposes another time here.
 */
@org.springframework.stereotype.Component
class CounterProposalsSection implements MeetingSection {

    private final CounterProposalService proposals;
    private final MeetingService meetings;
    private final PeopleService people;
    private final CurrentUser currentUser;

    CounterProposalsSection(
            CounterProposalService proposals, MeetingService meetings, PeopleService people, CurrentUser currentUser) {
        this.proposals = proposals;
        this.meetings = meetings;
        this.people = people;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 6;
    }

    @Override
    public Column column() {
        return Column.MAIN;
    }

    @Override
    public Component create(long meetingId, Runnable refreshPage) {
        MeetingDetails meeting = meetings.get(new MeetingId(meetingId));
        boolean open = meeting.status() != MeetingStatus.CANCELLED && meeting.status() != MeetingStatus.COMPLETED;
        boolean planner = currentUser.require().hasRole(Role.PLANNER);
        boolean participant = people.myPerson()
                .map(me -> meeting.delegations().stream()
                        .flatMap(d -> d.members().stream())
                        .anyMatch(m -> m.person().equals(me)))
                .orElse(false);
        List<CounterProposal> waiting = proposals.of(meeting.id()).stream()
                .filter(CounterProposal::open)
                .toList();
        var block = Sections.titled(text("participation.proposal.title"), "proposals-section");
        if (waiting.isEmpty()) {
            var none = new Span(text("participation.proposal.none"));
            none.addClassName("parley-muted");
            none.setId("proposals-none");
            block.add(none);
        } else {
            var list = new UnorderedList();
            list.setId("proposals-open");
            waiting.forEach(p -> list.add(line(p, meeting, planner && open, refreshPage)));
            block.add(list);
        }
        if (participant && open) {
            block.add(proposeForm(meeting, refreshPage));
        }
        return block;
    }

    private Component line(CounterProposal p, MeetingDetails meeting, boolean mayDecide, Runnable refreshPage) {
        var item = new ListItem();
        item.addClassName("parley-proposal");
        item.add(new Span(text(
                "participation.proposal.line",
                p.personName(),
                when(p.start(), p.end(), p.timeZone()),
                text("participation.source." + p.source().name()))));
        if (p.comment() != null) {
            var comment = new Div(p.comment());
            comment.addClassName("parley-muted");
            item.add(comment);
        }
        if (mayDecide) {
            var take = new Button(text("participation.proposal.take"));
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            take.setId("proposal-take-" + p.id().value());
            take.addClickListener(e -> take(p, meeting.version(), EnumSet.noneOf(Acknowledged.class), refreshPage));
            var decline = new Button(text("participation.proposal.decline"));
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            decline.setId("proposal-decline-" + p.id().value());
            decline.addClickListener(e -> {
                try {
                    proposals.decline(p.id());
                    Notifications.success(text("participation.proposal.declined", p.personName()));
                    refreshPage.run();
                } catch (RuleViolationException refused) {
                    Notifications.error(refused.messageIn(locale()));
                }
            });
            item.add(new HorizontalLayout(take, decline));
        }
        return item;
    }

    private void take(CounterProposal p, long version, Set<Acknowledged> heard, Runnable refreshPage) {
        try {
            proposals.accept(p.id(), version, heard.toArray(Acknowledged[]::new));
            Notifications.success(text("participation.proposal.taken", when(p.start(), p.end(), p.timeZone())));
            refreshPage.run();
        } catch (ConflictsNeedAcknowledgementException conflicts) {
            var list = new UnorderedList();
            conflicts.conflicts().forEach(c -> list.add(new ListItem(c.message(locale()))));
            confirm(
                    "proposal-conflicts",
                    text("participation.proposal.conflictsHeader"),
                    list,
                    text("participation.proposal.takeAnyway"),
                    () -> take(p, version, with(heard, Acknowledged.CONFLICTS), refreshPage));
        } catch (ReapprovalNeedsConfirmationException reapproval) {
            confirm(
                    "proposal-reapproval",
                    text("participation.proposal.reapprovalHeader"),
                    new Span(text("participation.proposal.reapprovalText", String.join(", ", reapproval.changes()))),
                    text("participation.proposal.takeAndAsk"),
                    () -> take(p, version, with(heard, Acknowledged.REAPPROVAL), refreshPage));
        } catch (ConcurrentChangeException stale) {
            Notifications.error(text("participation.proposal.changedMeanwhile", stale.changedBy()));
            refreshPage.run();
        } catch (RuleViolationException refused) {
            Notifications.error(refused.messageIn(locale()));
        }
    }

    private static void confirm(String id, String header, Component body, String confirmText, Runnable then) {
        var dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(header);
        dialog.setText(body);
        dialog.setCancelable(true);
        dialog.setCancelText(text("participation.proposal.keepTime"));
        dialog.setConfirmText(confirmText);
        dialog.addConfirmListener(e -> then.run());
        dialog.open();
    }

    private static Set<Acknowledged> with(Set<Acknowledged> heard, Acknowledged more) {
        Set<Acknowledged> all = EnumSet.noneOf(Acknowledged.class);
        all.addAll(heard);
        all.add(more);
        return all;
    }

    private Component proposeForm(MeetingDetails meeting, Runnable refreshPage) {
        var part = new VerticalLayout();
        part.setPadding(false);
        part.setId("proposal-mine");
        ZoneId zone = meeting.timeZone();
        part.add(new H4(text("participation.proposal.yours")));
        var start = new DateTimePicker(text("participation.proposal.start", TimeLabels.zoneName(zone, locale())));
        start.setId("proposal-start");
        start.setValue(LocalDateTime.ofInstant(meeting.start(), zone));
        var end = new DateTimePicker(text("participation.proposal.end"));
        end.setId("proposal-end");
        end.setValue(LocalDateTime.ofInstant(meeting.end(), zone));
        var comment = new TextArea(text("participation.answers.comment"));
        comment.setId("proposal-comment");
        comment.setMaxLength(AnswerData.COMMENT_MAX_LENGTH);
        comment.setWidthFull();
        var send = new Button(text("participation.proposal.send"));
        send.setId("proposal-send");
        send.addClickListener(e -> {
            start.setInvalid(false);
            end.setInvalid(false);
            if (start.getValue() == null || end.getValue() == null) {
                (start.getValue() == null ? start : end).setInvalid(true);
                (start.getValue() == null ? start : end)
                        .setErrorMessage(text(
                                start.getValue() == null
                                        ? "participation.proposal.startMissing"
                                        : "participation.proposal.endMissing"));
                return;
            }
            try {
                proposals.propose(
                        meeting.id(),
                        new ProposalData(start.getValue(), end.getValue(), comment.getValue()),
                        AnswerSource.PARLEY);
                Notifications.success(text("participation.proposal.sent"));
                refreshPage.run();
            } catch (ConstraintViolationException invalid) {
                end.setInvalid(true);
                end.setErrorMessage(
                        invalid.getConstraintViolations().iterator().next().getMessage());
            } catch (RuleViolationException refused) {
                start.setInvalid(true);
                start.setErrorMessage(refused.messageIn(locale()));
            }
        });
        part.add(new HorizontalLayout(start, end), comment, send);
        return part;
    }

    private static String when(java.time.Instant start, java.time.Instant end, ZoneId zone) {
        Locale locale = locale();
        return TimeLabels.dayAndTime(start, zone, locale) + "\u2013"
                + (start.atZone(zone).toLocalDate().equals(end.atZone(zone).toLocalDate())
                        ? TimeLabels.time(end.atZone(zone).toLocalTime(), locale)
                        : TimeLabels.dayAndTime(end, zone, locale))
                + " (" + TimeLabels.zoneName(zone, locale) + ")";
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    private static String text(String key, Object... arguments) {
        UI ui = UI.getCurrent();
        return ui == null ? Messages.english(key, arguments) : ui.getTranslation(key, arguments);
    }
}

package org.parley.relations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.parley.directory.PeopleService;
import org.parley.meeting.DelegationDetails;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.relations.LinkedQuestion;
import org.parley.relations.QuestionService;
import org.parley.relations.QuestionStatus;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.security.SignedInUser;
import org.parley.shared.Messages;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.MeetingSection;
import org.parley.shared.ui.Notifications;
import org.parley.shared.ui.Sections;

/**
 * The open questions raised at the meeting's agenda items, on its page: planners raise one at an item and move one to
 * resolved from here; the countries' pages are a click away.
 */
@org.springframework.stereotype.Component
class QuestionsSection implements MeetingSection {

    private final QuestionService questions;
    private final MeetingService meetings;
    private final PeopleService people;
    private final CurrentUser currentUser;

    QuestionsSection(
            QuestionService questions, MeetingService meetings, PeopleService people, CurrentUser currentUser) {
        this.questions = questions;
        this.meetings = meetings;
        this.people = people;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 22;
    }

    /** The questions belong with the agenda and what came of it. */
    @Override
    public Column column() {
        return Column.MAIN;
    }

    @Override
    public Component create(long meetingId, Runnable refreshPage) {
        MeetingId id = new MeetingId(meetingId);
        MeetingDetails meeting = meetings.get(id);
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        SignedInUser user = currentUser.require();
        var block = Sections.titled(Messages.get(locale, "relations.section.title"), "open-questions-raised");
        List<LinkedQuestion> raised = questions.raisedAt(id);
        if (raised.isEmpty()) {
            var none = new Span(Messages.get(locale, "relations.section.none"));
            none.addClassName("parley-muted");
            block.add(none);
        } else {
            var list = new UnorderedList();
            for (LinkedQuestion question : raised) {
                String item = meeting.agenda().stream()
                        .filter(a -> a.position() == question.agendaPosition())
                        .map(a -> a.title())
                        .findFirst()
                        .orElse("");
                var open = new Button(
                        question.title(),
                        e -> new QuestionPanel(questions, people, user, question.questionId(), refreshPage).open());
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                var line = new ListItem(
                        open,
                        new Span(" \u00b7 " + Messages.label(locale, question.status()) + " \u00b7 "
                                + Messages.get(locale, "relations.panel.item", question.agendaPosition() + 1, item)));
                if (user.hasRole(Role.PLANNER) && !question.status().isClosed()) {
                    var resolve = new Button(Messages.get(locale, "relations.section.resolve"), e -> {
                        try {
                            questions.move(
                                    question.questionId(),
                                    QuestionStatus.RESOLVED,
                                    Messages.get(locale, "relations.section.resolvedAt", meeting.title()));
                            Notifications.success(Messages.get(locale, "relations.section.resolved"));
                            refreshPage.run();
                        } catch (RuleViolationException refused) {
                            Notifications.error(refused.getMessage());
                        }
                    });
                    resolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    resolve.addClassName("parley-resolve-question");
                    line.add(resolve);
                }
                list.add(line);
            }
            block.add(list);
        }
        if (user.hasRole(Role.PLANNER) && !meeting.agenda().isEmpty()) {
            var raise = new Button(
                    Messages.get(locale, "relations.section.raise"),
                    e -> new RaiseDialog(questions, meeting, refreshPage).open());
            raise.setId("raise-question");
            raise.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            block.add(raise);
        }
        var countries = new Div(new Span(Messages.get(locale, "relations.section.countries") + " "));
        countries.setId("country-pages");
        meeting.delegations().stream()
                .map(DelegationDetails::country)
                .distinct()
                .sorted()
                .forEach(c -> {
                    var link = new Anchor("countries/" + c.code(), c.displayName(locale));
                    link.getStyle().set("margin-inline-end", "var(--lumo-space-s)");
                    countries.add(link);
                });
        block.add(countries);
        return block;
    }
}

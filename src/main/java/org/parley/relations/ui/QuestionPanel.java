package org.parley.relations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.directory.PeopleService;
import org.parley.meeting.ui.MeetingsNavigation;
import org.parley.relations.OpenQuestion;
import org.parley.relations.QuestionData;
import org.parley.relations.QuestionService;
import org.parley.relations.RaisedAt;
import org.parley.security.Role;
import org.parley.security.SignedInUser;
import org.parley.shared.Messages;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.Notifications;

/** One open question in full: positions, owner, where it was raised, its timeline; planners edit and add notes. */
class QuestionPanel extends Dialog {

    private final QuestionService questions;
    private final PeopleService people;
    private final SignedInUser user;
    private final Runnable changed;
    final TextArea note = new TextArea();

    QuestionPanel(QuestionService questions, PeopleService people, SignedInUser user, long id, Runnable changed) {
        this.questions = questions;
        this.people = people;
        this.user = user;
        this.changed = changed;
        setWidth("48rem");
        setId("question-panel");
        show(questions.get(id));
        getFooter().add(new Button(getTranslation("relations.dialog.close"), e -> close()));
    }

    private void show(OpenQuestion question) {
        removeAll();
        Locale locale = getLocale();
        ZoneId zone = user.timeZone();
        setHeaderTitle(question.title());
        var facts = new Paragraph(getTranslation(
                "relations.panel.facts",
                Messages.label(locale, question.status()),
                question.countries().stream().map(c -> c.displayName(locale)).collect(Collectors.joining(", ")),
                question.ownerName() == null ? getTranslation("relations.panel.noOwner") : question.ownerName(),
                Messages.label(locale, question.classification())));
        facts.setId("question-facts");
        add(facts);
        text("relations.field.description", question.description());
        text("relations.field.ourPosition", question.ourPosition());
        text("relations.field.theirPosition", question.theirPosition());

        add(new H3(getTranslation("relations.panel.raisedAt")));
        if (question.raisedAt().isEmpty()) {
            add(muted(getTranslation("relations.panel.notRaised")));
        } else {
            var raised = new UnorderedList();
            raised.setId("question-raised-at");
            DateTimeFormatter date =
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            for (RaisedAt at : question.raisedAt()) {
                raised.add(new ListItem(
                        MeetingsNavigation.link(at.meeting(), at.meetingTitle()),
                        new Span(" (" + date.format(at.meetingStart().atZone(zone)) + "): "
                                + getTranslation("relations.panel.item", at.agendaPosition() + 1, at.agendaTitle()))));
            }
            add(raised);
        }

        add(new H3(getTranslation("relations.panel.timeline")));
        add(Timeline.of(question.timeline().reversed(), locale, zone));

        if (user.hasRole(Role.PLANNER)) {
            note.setLabel(getTranslation("relations.panel.note"));
            note.setMaxLength(QuestionData.TEXT_MAX_LENGTH);
            note.setWidthFull();
            note.setId("question-note");
            var addNote = new Button(getTranslation("relations.panel.addNote"), e -> addNote(question.id()));
            addNote.setId("question-add-note");
            var edit = new Button(
                    getTranslation("relations.panel.edit"),
                    e -> new QuestionDialog(questions, people, user.clearance(), question, null, saved -> {
                                show(saved);
                                changed.run();
                            })
                            .open());
            edit.setId("question-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(note, new HorizontalLayout(addNote, edit));
        }
    }

    private void addNote(long id) {
        if (note.getValue().isBlank()) {
            note.setInvalid(true);
            note.setErrorMessage(getTranslation("relations.invalid.note"));
            return;
        }
        try {
            OpenQuestion updated = questions.addNote(id, note.getValue());
            note.clear();
            show(updated);
            changed.run();
        } catch (ConstraintViolationException invalid) {
            note.setInvalid(true);
            note.setErrorMessage(
                    invalid.getConstraintViolations().iterator().next().getMessage());
        } catch (RuleViolationException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private void text(String labelKey, String value) {
        if (value.isBlank()) {
            return;
        }
        var label = new Span(getTranslation(labelKey));
        label.addClassName("parley-muted");
        var body = new Paragraph(value);
        body.getElement().setAttribute("dir", "auto");
        body.getStyle().set("white-space", "pre-line");
        add(new Div(label, body));
    }

    private static Span muted(String text) {
        var span = new Span(text);
        span.addClassName("parley-muted");
        return span;
    }
}

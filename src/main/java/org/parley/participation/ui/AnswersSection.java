package org.parley.participation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import org.parley.directory.PeopleService;
import org.parley.directory.PersonId;
import org.parley.meeting.AnswerData;
import org.parley.meeting.AnswerSource;
import org.parley.meeting.AnswerSummary;
import org.parley.meeting.DelegationDetails;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MemberDetails;
import org.parley.meeting.MemberRole;
import org.parley.meeting.ParticipantResponse;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.MeetingSection;
import org.parley.shared.ui.Notifications;
import org.parley.shared.ui.Sections;

/**
 * Who answered the invitation what, per delegation, with a summary and a warning when a head of delegation declined;
 * a participant whose account is linked to their person answers here (docs/0025).
 */
@org.springframework.stereotype.Component
class AnswersSection implements MeetingSection {

    private final MeetingService meetings;
    private final PeopleService people;

    AnswersSection(MeetingService meetings, PeopleService people) {
        this.meetings = meetings;
        this.people = people;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Column column() {
        return Column.MAIN;
    }

    @Override
    public Component create(long meetingId, Runnable refreshPage) {
        MeetingDetails meeting = meetings.get(new MeetingId(meetingId));
        var block = Sections.titled(text("participation.answers.title"), "answers-section");
        AnswerSummary summary = AnswerSummary.of(meeting);
        if (summary.participants() == 0) {
            block.add(muted(text("participation.answers.nobody"), "answers-nobody"));
            return block;
        }
        var line = new Paragraph(summaryText(summary));
        line.setId("answers-summary");
        block.add(line);
        for (DelegationDetails delegation : meeting.delegations()) {
            delegation
                    .head()
                    .filter(head -> head.response() == ParticipantResponse.DECLINED)
                    .ifPresent(head -> {
                        var warning = new Paragraph(
                                text("participation.answers.headDeclined", head.name(), delegationName(delegation)));
                        warning.addClassName("parley-warning");
                        warning.setId("answers-head-declined");
                        block.add(warning);
                    });
        }
        for (DelegationDetails delegation : meeting.delegations()) {
            block.add(new H4(delegationName(delegation)));
            var list = new UnorderedList();
            delegation.members().forEach(member -> list.add(memberLine(member)));
            block.add(list);
        }
        Optional<PersonId> me = people.myPerson();
        Optional<MemberDetails> mine = me.flatMap(person -> meeting.delegations().stream()
                .flatMap(d -> d.members().stream())
                .filter(m -> m.person().equals(person))
                .findFirst());
        if (mine.isPresent()
                && meeting.status() != MeetingStatus.CANCELLED
                && meeting.status() != MeetingStatus.COMPLETED) {
            block.add(ownAnswer(meeting.id(), mine.get(), refreshPage));
        }
        return block;
    }

    static String summaryText(AnswerSummary summary) {
        return text(
                "participation.answers.summary",
                summary.accepted(),
                summary.participants(),
                summary.tentative(),
                summary.declined(),
                summary.noAnswer());
    }

    private Component ownAnswer(MeetingId meeting, MemberDetails me, Runnable refreshPage) {
        var part = new VerticalLayout();
        part.setPadding(false);
        part.setId("answers-mine");
        part.add(new H4(text("participation.answers.yours")));
        var comment = new TextArea(text("participation.answers.comment"));
        comment.setId("answers-comment");
        comment.setMaxLength(AnswerData.COMMENT_MAX_LENGTH);
        comment.setWidthFull();
        comment.setValue(me.responseComment() == null ? "" : me.responseComment());
        var buttons = new HorizontalLayout();
        buttons.getStyle().set("flex-wrap", "wrap");
        for (ParticipantResponse answer : new ParticipantResponse[] {
            ParticipantResponse.ACCEPTED, ParticipantResponse.TENTATIVE, ParticipantResponse.DECLINED
        }) {
            var button = new Button(text("participation.answers.give." + answer.name()));
            button.setId("answer-" + answer.name().toLowerCase(java.util.Locale.ROOT));
            if (answer == me.response()) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            button.addClickListener(e -> {
                try {
                    meetings.answer(meeting, new AnswerData(answer, comment.getValue()), AnswerSource.PARLEY);
                    Notifications.success(text("participation.answers.saved", answerLabel(answer)));
                    refreshPage.run();
                } catch (jakarta.validation.ConstraintViolationException invalid) {
                    comment.setInvalid(true);
                    comment.setErrorMessage(
                            text("participation.answers.commentInvalid", AnswerData.COMMENT_MAX_LENGTH));
                } catch (RuleViolationException refused) {
                    Notifications.error(refused.getMessage());
                }
            });
            buttons.add(button);
        }
        part.add(comment, buttons);
        return part;
    }

    private static Component memberLine(MemberDetails member) {
        var item = new ListItem();
        var name = new Span(member.name()
                + (member.role() == MemberRole.HEAD ? " (" + text("participation.answers.head") + ")" : ""));
        var answer = new Span(answerLabel(member.response()));
        answer.getElement()
                .getThemeList()
                .add("badge "
                        + switch (member.response()) {
                            case ACCEPTED -> "success";
                            case DECLINED -> "error";
                            case TENTATIVE -> "contrast";
                            case NEEDS_ACTION -> "";
                        });
        answer.addClassName("parley-answer");
        item.add(name, new Span(" "), answer);
        if (member.responseComment() != null) {
            var comment = new Div(member.responseComment());
            comment.addClassName("parley-muted");
            item.add(comment);
        }
        return item;
    }

    private static String delegationName(DelegationDetails delegation) {
        return delegation.organisation() == null
                ? delegation.country().code()
                : delegation.organisation() + " (" + delegation.country().code() + ")";
    }

    static String answerLabel(ParticipantResponse answer) {
        return text("participation.answer." + answer.name());
    }

    private static Paragraph muted(String text, String id) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("parley-muted");
        paragraph.setId(id);
        return paragraph;
    }

    private static String text(String key, Object... arguments) {
        UI ui = UI.getCurrent();
        return ui == null ? org.parley.shared.Messages.english(key, arguments) : ui.getTranslation(key, arguments);
    }
}

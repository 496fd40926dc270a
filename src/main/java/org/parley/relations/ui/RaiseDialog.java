package org.parley.relations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.meeting.AgendaItemDetails;
import org.parley.meeting.DelegationDetails;
import org.parley.meeting.MeetingDetails;
import org.parley.relations.QuestionService;
import org.parley.relations.QuestionSummary;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.Notifications;
import org.springframework.data.domain.PageRequest;

/** Raises an open question with one of the meeting's countries at one of its agenda items. */
class RaiseDialog extends Dialog {

    /** Open questions offered: those of the meeting's countries moved last; a country rarely has more. */
    static final int OFFERED = 100;

    final ComboBox<QuestionSummary> question = new ComboBox<>();
    final Select<AgendaItemDetails> item = new Select<>();
    final Button raise;

    RaiseDialog(QuestionService questions, MeetingDetails meeting, Runnable refreshPage) {
        setHeaderTitle(getTranslation("relations.raise.title"));
        setWidth("32rem");
        Map<Long, QuestionSummary> offered = new LinkedHashMap<>();
        meeting.delegations().stream()
                .map(DelegationDetails::country)
                .distinct()
                .forEach(c -> questions
                        .ofCountry(c, false, PageRequest.of(0, OFFERED))
                        .forEach(q -> offered.putIfAbsent(q.id(), q)));
        question.setLabel(getTranslation("relations.raise.question"));
        question.setItems(offered.values());
        question.setItemLabelGenerator(QuestionSummary::title);
        question.setWidthFull();
        question.setId("raise-question-choice");
        item.setLabel(getTranslation("relations.raise.item"));
        item.setItems(meeting.agenda());
        item.setItemLabelGenerator(a -> (a.position() + 1) + ". " + a.title());
        item.setWidthFull();
        item.setId("raise-item-choice");
        add(question, item);
        raise = new Button(getTranslation("relations.raise.confirm"), e -> {
            if (question.getValue() == null) {
                question.setInvalid(true);
                question.setErrorMessage(getTranslation("relations.raise.chooseQuestion"));
                return;
            }
            if (item.getValue() == null) {
                item.setInvalid(true);
                item.setErrorMessage(getTranslation("relations.raise.chooseItem"));
                return;
            }
            try {
                questions.raise(
                        question.getValue().id(), meeting.id(), item.getValue().position());
                close();
                Notifications.success(getTranslation("relations.raise.done"));
                refreshPage.run();
            } catch (RuleViolationException refused) {
                Notifications.error(refused.getMessage());
            }
        });
        raise.setId("raise-confirm");
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("relations.dialog.cancel"), e -> close()), raise);
    }
}

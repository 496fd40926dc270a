package org.parley.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.IntStream;
import org.parley.followup.FollowUpService;
import org.parley.followup.OutcomeData;
import org.parley.followup.OutcomeKind;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MemberDetails;
import org.parley.shared.Messages;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.Notifications;

/** Records a decision or an action item; the owner is picked among the meeting's participants. */
class OutcomeDialog extends Dialog {

    final RadioButtonGroup<OutcomeKind> kind = new RadioButtonGroup<>(getTranslation("followup.record.what"));
    final TextArea text = new TextArea(getTranslation("followup.record.text"));
    final Select<Integer> agendaItem = new Select<>();
    final ComboBox<MemberDetails> owner = new ComboBox<>(getTranslation("followup.actions.owner"));
    final DatePicker due = new DatePicker(getTranslation("followup.actions.due"));
    final Button save = new Button(getTranslation("followup.record.save"));

    OutcomeDialog(FollowUpService followUps, MeetingDetails meeting, Runnable refreshPage) {
        setHeaderTitle(getTranslation("followup.record.title", meeting.title()));
        setWidth("36rem");
        kind.setItems(OutcomeKind.values());
        kind.setItemLabelGenerator(k -> Messages.label(getLocale(), k));
        kind.setValue(OutcomeKind.ACTION_ITEM);
        text.setMaxLength(OutcomeData.TEXT_MAX_LENGTH);
        text.setWidthFull();
        text.setId("outcome-text");
        agendaItem.setLabel(getTranslation("followup.record.agendaItem"));
        agendaItem.setEmptySelectionAllowed(true);
        agendaItem.setEmptySelectionCaption(getTranslation("followup.record.noAgendaItem"));
        agendaItem.setItems(IntStream.range(0, meeting.agenda().size()).boxed().toList());
        agendaItem.setItemLabelGenerator(i -> i == null
                ? getTranslation("followup.record.noAgendaItem")
                : meeting.agenda().get(i).title());
        owner.setItems(meeting.delegations().stream()
                .flatMap(d -> d.members().stream())
                .toList());
        owner.setItemLabelGenerator(m -> m.name() + (m.organisation() == null ? "" : ", " + m.organisation()));
        owner.setId("outcome-owner");
        due.setId("outcome-due");
        kind.addValueChangeListener(e -> {
            boolean action = e.getValue() == OutcomeKind.ACTION_ITEM;
            owner.setVisible(action);
            due.setVisible(action);
        });
        var form = new FormLayout(kind, agendaItem, text, owner, due);
        form.setColspan(text, 2);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-outcome");
        save.addClickListener(e -> {
            var data = new OutcomeData(
                    kind.getValue(),
                    text.getValue(),
                    agendaItem.getValue(),
                    kind.getValue() == OutcomeKind.ACTION_ITEM && owner.getValue() != null
                            ? owner.getValue().person()
                            : null,
                    null,
                    kind.getValue() == OutcomeKind.ACTION_ITEM ? due.getValue() : null);
            try {
                followUps.record(meeting.id(), data);
                close();
                Notifications.success(getTranslation("followup.record.done"));
                refreshPage.run();
            } catch (ConstraintViolationException invalid) {
                String message =
                        invalid.getConstraintViolations().iterator().next().getMessage();
                (text.getValue().isBlank() ? text : owner).setErrorMessage(message);
                (text.getValue().isBlank() ? (com.vaadin.flow.component.HasValidation) text : owner).setInvalid(true);
            } catch (RuleViolationException refused) {
                Notifications.error(refused.messageIn(getLocale()));
            }
        });
        getFooter().add(new Button(getTranslation("followup.record.cancel"), e -> close()), save);
    }
}

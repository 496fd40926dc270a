package org.parley.counterpart.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.parley.counterpart.NoteVerbaleEntry;
import org.parley.counterpart.NoteVerbaleService;
import org.parley.meeting.DelegationDetails;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingService;
import org.parley.protocol.Confirmation;
import org.parley.protocol.ConfirmationChannel;
import org.parley.protocol.ConfirmationStatus;
import org.parley.shared.Messages;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.Notifications;
import org.springframework.data.domain.PageRequest;

/**
 * Records one other side's answer: what they said, how and when, their reference; the time they proposed for a
 * counter-proposal, and the register's note for an answer by note verbale. Refusals keep what was typed.
 */
class ConfirmationDialog extends Dialog {

    final Select<ConfirmationStatus> status = new Select<>();
    final Select<ConfirmationChannel> channel = new Select<>();
    final DateTimePicker at = new DateTimePicker();
    final TextField reference = new TextField();
    final DateTimePicker proposedStart = new DateTimePicker();
    final DateTimePicker proposedEnd = new DateTimePicker();
    final ComboBox<NoteVerbaleEntry> note = new ComboBox<>();
    final Button save;

    ConfirmationDialog(
            MeetingService meetings,
            NoteVerbaleService notes,
            MeetingDetails meeting,
            DelegationDetails side,
            Confirmation current,
            ZoneId viewerZone,
            Instant now,
            Runnable refreshPage) {
        setHeaderTitle(getTranslation("counterpart.dialog.title", side.country().displayName(getLocale())));
        setWidth("36rem");
        ZoneId meetingZone = meeting.timeZone();

        status.setLabel(getTranslation("counterpart.dialog.status"));
        status.setItems(ConfirmationStatus.values());
        status.setItemLabelGenerator(s -> Messages.label(getLocale(), s));
        status.setValue(current.status());
        status.setId("confirmation-status");

        channel.setLabel(getTranslation("counterpart.dialog.channel"));
        channel.setItems(ConfirmationChannel.values());
        channel.setItemLabelGenerator(c -> c == null ? "" : Messages.label(getLocale(), c));
        channel.setEmptySelectionAllowed(true);
        channel.setValue(current.channel());
        channel.setId("confirmation-channel");

        at.setLabel(getTranslation("counterpart.dialog.at"));
        at.setHelperText(getTranslation("counterpart.dialog.yourZone", viewerZone.getId()));
        at.setValue(LocalDateTime.ofInstant(current.at() == null ? now : current.at(), viewerZone)
                .withSecond(0)
                .withNano(0));
        at.setId("confirmation-at");

        reference.setLabel(getTranslation("counterpart.dialog.reference"));
        reference.setMaxLength(Confirmation.REFERENCE_MAX_LENGTH);
        reference.setValue(current.reference() == null ? "" : current.reference());
        reference.setId("confirmation-reference");

        proposedStart.setLabel(getTranslation("counterpart.dialog.proposedStart"));
        proposedEnd.setLabel(getTranslation("counterpart.dialog.proposedEnd"));
        proposedStart.setHelperText(getTranslation("counterpart.dialog.meetingZone", meetingZone.getId()));
        if (current.proposedStart() != null && current.proposedEnd() != null) {
            proposedStart.setValue(LocalDateTime.ofInstant(current.proposedStart(), meetingZone));
            proposedEnd.setValue(LocalDateTime.ofInstant(current.proposedEnd(), meetingZone));
        }

        note.setLabel(getTranslation("counterpart.dialog.note"));
        note.setHelperText(getTranslation("counterpart.dialog.noteHelper"));
        note.setItemLabelGenerator(n -> n.reference(getLocale()) + " \u00b7 " + n.subject());
        // the notes linked to this meeting, newest first, a page at a time
        note.setItems(query ->
                notes.find(null, null, meeting.id(), PageRequest.of(query.getPage(), query.getPageSize())).stream());
        note.addValueChangeListener(e -> {
            if (e.getValue() != null && reference.getValue().isBlank()) {
                reference.setValue(e.getValue().reference(getLocale()));
            }
        });
        note.setId("confirmation-note");

        status.addValueChangeListener(e -> showFields());
        channel.addValueChangeListener(e -> showFields());
        showFields();

        var form = new FormLayout(status, channel, at, reference, proposedStart, proposedEnd, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);

        save = new Button(getTranslation("counterpart.dialog.save"), e -> {
            var answer = new Confirmation(
                    status.getValue(),
                    channel.getValue(),
                    at.getValue() == null
                            ? null
                            : at.getValue().atZone(viewerZone).toInstant(),
                    reference.getValue(),
                    instant(proposedStart.getValue(), meetingZone),
                    instant(proposedEnd.getValue(), meetingZone),
                    note.getValue() == null ? null : note.getValue().id().value());
            try {
                meetings.recordConfirmation(meeting.id(), side.id(), answer);
                close();
                Notifications.success(getTranslation("counterpart.dialog.saved"));
                refreshPage.run();
            } catch (RuleViolationException refused) {
                Notifications.error(refused.messageIn(getLocale()));
            }
        });
        save.setId("confirmation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("counterpart.dialog.cancel"), e -> close()), save);
    }

    private void showFields() {
        boolean answered = status.getValue() != ConfirmationStatus.PROPOSED;
        channel.setVisible(answered);
        at.setVisible(answered);
        boolean counter = status.getValue() == ConfirmationStatus.COUNTER_PROPOSED;
        proposedStart.setVisible(counter);
        proposedEnd.setVisible(counter);
        note.setVisible(answered && channel.getValue() == ConfirmationChannel.NOTE_VERBALE);
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }
}

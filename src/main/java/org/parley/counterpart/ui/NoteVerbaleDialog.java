package org.parley.counterpart.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.parley.counterpart.NoteDirection;
import org.parley.counterpart.NoteFile;
import org.parley.counterpart.NoteVerbaleData;
import org.parley.counterpart.NoteVerbaleEntry;
import org.parley.counterpart.NoteVerbaleService;
import org.parley.counterpart.NoteVerbaleSettings;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingSummary;
import org.parley.shared.Classification;
import org.parley.shared.FileSizes;
import org.parley.shared.Messages;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.CountryField;
import org.parley.shared.ui.Notifications;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Records a note verbale: ours (numbered by the register when saved) or theirs (with the sender's reference), the
 * meetings it concerns and, optionally, the scanned PDF. A refusal keeps everything entered.
 */
class NoteVerbaleDialog extends Dialog {

    final Select<NoteDirection> direction = new Select<>();
    final TextField senderReference = new TextField();
    final CountryField counterpart;
    final DatePicker dated = new DatePicker();
    final TextField subject = new TextField();
    final Select<Classification> classification = new Select<>();
    final MultiSelectComboBox<MeetingSummary> meetingsField = new MultiSelectComboBox<>();
    final Upload upload = new Upload();
    final Paragraph fileProblem = new Paragraph();
    final Button save;
    private @Nullable NoteFile file;

    NoteVerbaleDialog(
            NoteVerbaleService notes,
            MeetingService meetings,
            NoteVerbaleSettings settings,
            Clock clock,
            Runnable refreshRegister) {
        setHeaderTitle(getTranslation("counterpart.record.title"));
        setWidth("40rem");
        long maxBytes = settings.maxFileSize().toBytes();

        direction.setLabel(getTranslation("counterpart.register.direction"));
        direction.setItems(NoteDirection.values());
        direction.setItemLabelGenerator(d -> Messages.label(getLocale(), d));
        direction.setValue(NoteDirection.OUTGOING);
        direction.setId("note-direction");
        senderReference.setLabel(getTranslation("counterpart.record.senderReference"));
        senderReference.setMaxLength(NoteVerbaleData.REFERENCE_MAX_LENGTH);
        senderReference.setId("note-sender-reference");
        direction.addValueChangeListener(e -> senderReference.setVisible(e.getValue() == NoteDirection.INCOMING));
        senderReference.setVisible(false);

        counterpart = new CountryField(getTranslation("counterpart.register.counterpart"), getLocale());
        counterpart.setId("note-counterpart");
        dated.setLabel(getTranslation("counterpart.register.dated"));
        dated.setValue(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        dated.setId("note-dated");
        subject.setLabel(getTranslation("counterpart.register.subject"));
        subject.setMaxLength(NoteVerbaleData.SUBJECT_MAX_LENGTH);
        subject.setId("note-subject");
        classification.setLabel(getTranslation("counterpart.register.classification"));
        classification.setItems(Classification.values());
        classification.setItemLabelGenerator(c -> Messages.label(getLocale(), c));
        classification.setValue(Classification.UNCLASSIFIED);
        classification.setId("note-classification");

        meetingsField.setLabel(getTranslation("counterpart.register.meetings"));
        meetingsField.setItemLabelGenerator(MeetingSummary::title);
        // the meetings the planner may see whose title matches what is typed, a page at a time
        meetingsField.setItems(query -> meetings
                .find(
                        MeetingFilter.all().withText(query.getFilter().orElse(null)),
                        PageRequest.of(query.getPage(), query.getPageSize(), Sort.by(Sort.Direction.DESC, "start")))
                .stream());
        meetingsField.setId("note-meetings");

        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".pdf", "application/pdf");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setUploadHandler(event -> receive(event, maxBytes));
        upload.addFileRejectedListener(
                e -> showFileProblem(getTranslation("counterpart.record.fileRejected", FileSizes.describe(maxBytes))));
        upload.addFileRemovedListener(e -> file = null);
        upload.setId("note-upload");
        fileProblem.addClassName("parley-error");
        fileProblem.setVisible(false);
        fileProblem.setId("note-file-problem");

        var form =
                new FormLayout(direction, senderReference, counterpart, dated, subject, classification, meetingsField);
        form.setColspan(subject, 2);
        form.setColspan(meetingsField, 2);
        add(
                form,
                new Paragraph(getTranslation("counterpart.record.fileHelper", FileSizes.describe(maxBytes))),
                upload,
                fileProblem);

        save = new Button(getTranslation("counterpart.record.save"), e -> {
            if (counterpart.getValue() == null || dated.getValue() == null) {
                counterpart.setInvalid(counterpart.getValue() == null);
                counterpart.setErrorMessage(getTranslation("counterpart.record.counterpartNeeded"));
                dated.setInvalid(dated.getValue() == null);
                dated.setErrorMessage(getTranslation("counterpart.record.dateNeeded"));
                return;
            }
            var data = new NoteVerbaleData(
                    direction.getValue(),
                    senderReference.getValue(),
                    counterpart.getValue(),
                    dated.getValue(),
                    subject.getValue(),
                    classification.getValue(),
                    meetingsField.getValue().stream().map(MeetingSummary::id).toList());
            try {
                NoteVerbaleEntry recorded = notes.record(data, file);
                close();
                Notifications.success(getTranslation("counterpart.record.saved", recorded.reference(getLocale())));
                refreshRegister.run();
            } catch (RuleViolationException refused) {
                Notifications.error(refused.messageIn(getLocale()));
            } catch (NotFoundException gone) {
                Notifications.error(getTranslation("counterpart.record.meetingGone"));
            }
        });
        save.setId("note-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("counterpart.dialog.cancel"), e -> close()), save);
    }

    private void receive(UploadEvent event, long maxBytes) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            // at most one byte over the limit is read: the service refuses it with the limit in its message
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        String name = event.getFileName();
        event.getUI().access(() -> received(name, bytes));
    }

    /** Keeps the file for saving, or says at once why it will not do (the service checks it again). */
    void received(String fileName, byte[] bytes) {
        fileProblem.setVisible(false);
        boolean pdf = bytes.length >= 5
                && new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-");
        if (!pdf) {
            file = null;
            showFileProblem(Messages.get(getLocale(), "counterpart.file.notPdf"));
            return;
        }
        file = new NoteFile(fileName, bytes);
    }

    private void showFileProblem(String message) {
        fileProblem.setText(message);
        fileProblem.setVisible(true);
    }
}

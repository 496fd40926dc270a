package org.parley.calendar.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.calendar.importing.IcsImportService;
import org.parley.calendar.importing.ImportDraft;
import org.parley.calendar.importing.ImportPreview;
import org.parley.calendar.importing.ImportedPerson;
import org.parley.meeting.ConflictsNeedAcknowledgementException;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.ui.MeetingsNavigation;
import org.parley.security.Role;
import org.parley.shared.FileSizes;
import org.parley.shared.Messages;
import org.parley.shared.RuleViolationException;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.Notifications;

/**
 * Imports an invitation a partner sent as an .ics file: upload, look at what Parley found, then create a draft (or
 * open it in the editor to complete what the draft lacks). Nothing is saved before "Create draft".
 */
@Route("meetings/import")
@RolesAllowed(Role.PLANNER_ROLE)
class ImportInvitationView extends VerticalLayout implements HasDynamicTitle {

    final Upload upload = new Upload();
    final Paragraph problem = new Paragraph();
    final VerticalLayout preview = new VerticalLayout();
    final Select<MeetingKind> kind = new Select<>();
    final UnorderedList draftProblems = new UnorderedList();
    final Button createDraft = new Button(getTranslation("calendar.import.createDraft"), VaadinIcon.CHECK.create());
    final Button openInEditor = new Button(getTranslation("calendar.import.openInEditor"), VaadinIcon.EDIT.create());

    private final transient IcsImportService imports;
    private final long maxBytes;
    private byte @Nullable [] file;
    private @Nullable ImportDraft draft;

    ImportInvitationView(IcsImportService imports) {
        this.imports = imports;
        this.maxBytes = imports.maxFileBytes();
        addClassName("parley-page");
        var intro = new Paragraph(getTranslation("calendar.import.intro", FileSizes.describe(maxBytes)));
        intro.addClassName("parley-muted");

        upload.setId("invitation-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".ics", "text/calendar");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setUploadHandler(this::receive);
        upload.addFileRejectedListener(e ->
                refuse(getTranslation("calendar.import.rejected", e.getErrorMessage(), FileSizes.describe(maxBytes))));
        upload.addFileRemovedListener(e -> clear());

        problem.setId("import-problem");
        problem.addClassName("parley-error");
        problem.setVisible(false);
        preview.setId("import-preview");
        preview.setPadding(false);
        preview.setSpacing(false);
        preview.setVisible(false);

        kind.setId("import-kind");
        kind.setLabel(getTranslation("calendar.import.kind"));
        kind.setItems(Arrays.stream(MeetingKind.values())
                .filter(k -> k != MeetingKind.SIDELINE_MEETING)
                .toList());
        kind.setItemLabelGenerator(k -> Messages.label(getLocale(), k));
        kind.setHelperText(getTranslation("calendar.import.kindHelper"));
        kind.addValueChangeListener(e -> {
            if (e.getValue() != null && file != null) {
                showDraft(imports.draft(file, e.getValue()));
            }
        });
        draftProblems.setId("import-draft-problems");
        draftProblems.addClassName("parley-warning");
        createDraft.setId("create-draft");
        createDraft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createDraft.addClickListener(e -> create(false));
        openInEditor.setId("open-in-editor");
        openInEditor.addClickListener(e -> openInEditor());

        add(new H2(getTranslation("calendar.import.heading")), intro, upload, problem, preview);
    }

    // --- receiving the file -----------------------------------------------------------------------------------

    private void receive(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            // at most one byte over the limit is read: a larger upload is refused without holding it in memory
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        String name = event.getFileName();
        event.getUI().access(() -> received(name, bytes));
    }

    void received(String fileName, byte[] bytes) {
        clear();
        try {
            ImportPreview found = imports.preview(bytes);
            file = bytes;
            show(fileName, found);
        } catch (RuleViolationException e) {
            refuse(getTranslation("calendar.import.cannotImport", fileName, e.messageIn(getLocale())));
        }
    }

    private void refuse(String message) {
        clear();
        // the refused file leaves the list, so that the next one can be chosen at once
        upload.clearFileList();
        problem.setText(message);
        problem.setVisible(true);
    }

    private void clear() {
        file = null;
        draft = null;
        problem.setVisible(false);
        preview.removeAll();
        preview.setVisible(false);
    }

    // --- what was found ---------------------------------------------------------------------------------------

    private void show(String fileName, ImportPreview found) {
        var title = new H3(found.title().isBlank() ? getTranslation("calendar.import.noTitle") : found.title());
        title.setId("import-title");
        var when = line(
                getTranslation("calendar.import.when"),
                TimeLabels.range(
                                found.start().toInstant(),
                                found.end().toInstant(),
                                found.start().getZone(),
                                getLocale())
                        + (found.allDay() ? getTranslation("calendar.import.allDay") : ""),
                "import-when");
        var where = line(
                getTranslation("calendar.import.where"),
                found.location().isBlank()
                        ? getTranslation("calendar.import.notGiven")
                        : found.venue() == null
                                ? getTranslation("calendar.import.noVenue", found.location())
                                : getTranslation(
                                        "calendar.import.venue",
                                        found.location(),
                                        found.venue().name()),
                "import-where");
        var organiser = line(
                getTranslation("calendar.import.organiser"),
                found.organiser() == null ? getTranslation("calendar.import.notGiven") : withMatch(found.organiser()),
                "import-organiser");
        var attendees = new UnorderedList();
        attendees.setId("import-attendees");
        found.attendees().forEach(a -> attendees.add(new ListItem(withMatch(a))));
        preview.add(
                new Paragraph(getTranslation("calendar.import.foundIn", fileName)),
                title,
                when,
                where,
                organiser,
                new Span(getTranslation("calendar.import.attendees")),
                attendees);
        if (found.attendees().isEmpty()) {
            attendees.add(new ListItem(getTranslation("calendar.import.noneListed")));
        }
        if (!found.description().isBlank()) {
            var description = new Paragraph(found.description());
            description.setId("import-description");
            description.getStyle().set("white-space", "pre-line");
            preview.add(description);
        }
        if (!found.warnings().isEmpty()) {
            var warnings = new UnorderedList();
            warnings.setId("import-warnings");
            warnings.addClassName("parley-warning");
            found.warnings().forEach(w -> warnings.add(new ListItem(w)));
            preview.add(warnings);
        }
        var hint = new Paragraph(getTranslation("calendar.import.hint"));
        hint.addClassName("parley-muted");
        preview.add(kind, draftProblems, new HorizontalLayout(createDraft, openInEditor), hint);
        preview.setVisible(true);
        kind.setValue(found.suggestedKind());
        if (file != null && draft == null) {
            showDraft(imports.draft(file, found.suggestedKind()));
        }
    }

    private Paragraph line(String label, String text, String id) {
        var strong = new Span(getTranslation("calendar.import.label", label));
        strong.getStyle().set("font-weight", "600");
        var paragraph = new Paragraph(strong, new Span(text));
        paragraph.setId(id);
        return paragraph;
    }

    private String withMatch(ImportedPerson person) {
        return person.person() != null
                ? getTranslation(
                        "calendar.import.inDirectory",
                        person.label(),
                        person.person().country().code())
                : getTranslation("calendar.import.notInDirectory", person.label());
    }

    private void showDraft(ImportDraft shown) {
        draft = shown;
        draftProblems.removeAll();
        shown.problems().forEach(p -> draftProblems.add(new ListItem(p)));
        draftProblems.setVisible(!shown.canBeSaved());
        createDraft.setEnabled(shown.canBeSaved());
    }

    // --- the draft --------------------------------------------------------------------------------------------

    private void create(boolean acknowledgeConflicts) {
        if (file == null || kind.getValue() == null) {
            return;
        }
        try {
            MeetingDetails created = imports.createDraft(file, kind.getValue(), acknowledgeConflicts);
            Notifications.success(getTranslation("calendar.import.created", created.title()));
            MeetingsNavigation.toMeeting(created.id());
        } catch (ConflictsNeedAcknowledgementException e) {
            var confirm = new ConfirmDialog(
                    getTranslation("calendar.import.busy"),
                    e.getMessage(),
                    getTranslation("calendar.import.createAnyway"),
                    ok -> create(true));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("calendar.import.cancel"));
            confirm.open();
        } catch (RuleViolationException e) {
            Notifications.error(e.messageIn(getLocale()));
        }
    }

    private void openInEditor() {
        if (draft == null) {
            return;
        }
        // the file lives only in this page, so the draft is handed to the editor itself rather than kept anywhere
        MeetingsNavigation.toNewMeetingWith(draft.data());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.import.title");
    }

    List<String> problems() {
        return draft == null ? List.of() : draft.problems();
    }
}

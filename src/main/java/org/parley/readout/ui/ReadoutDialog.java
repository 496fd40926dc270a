package org.parley.readout.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.meeting.MeetingId;
import org.parley.readout.Readout;
import org.parley.readout.ReadoutDraft;
import org.parley.readout.ReadoutService;
import org.parley.readout.ReadoutText;
import org.parley.readout.ReadoutTextData;
import org.parley.shared.ui.Notifications;

/** Drafts a readout: one text per language, each language once; saving never releases anything. */
class ReadoutDialog extends Dialog {

    /** A language and its text, one row of the dialog. */
    final class LanguageRow extends HorizontalLayout {
        final ComboBox<String> language = new ComboBox<>();
        final TextArea body = new TextArea();

        LanguageRow(String code, String text) {
            Locale locale = getLocale();
            language.setLabel(getTranslation("readout.dialog.language"));
            language.setItems(Arrays.stream(Locale.getISOLanguages())
                    .sorted(Comparator.comparing(c -> Locale.forLanguageTag(c).getDisplayLanguage(locale)))
                    .toList());
            language.setItemLabelGenerator(c -> Locale.forLanguageTag(c).getDisplayLanguage(locale));
            language.setValue(code);
            language.setRequired(true);
            language.addClassName("readout-language");
            body.setLabel(getTranslation("readout.dialog.text"));
            body.setValue(text);
            body.setMaxLength(ReadoutTextData.BODY_MAX_LENGTH);
            body.setRequired(true);
            body.setWidthFull();
            body.setMinHeight("8rem");
            body.addClassName("readout-body");
            var remove = new Button(getTranslation("readout.dialog.removeLanguage"), e -> {
                rows.remove(this);
                list.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add(language, body, remove);
            setWidthFull();
            setAlignItems(Alignment.BASELINE);
            expand(body);
        }
    }

    final List<LanguageRow> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    final Button save;

    ReadoutDialog(ReadoutService readouts, MeetingId meeting, Optional<Readout> existing, Runnable refreshPage) {
        setHeaderTitle(getTranslation("readout.dialog.title"));
        setWidth("48rem");
        list.setPadding(false);
        var hint = new com.vaadin.flow.component.html.Paragraph(getTranslation("readout.dialog.hint"));
        hint.addClassName("parley-muted");
        add(hint, list);
        List<ReadoutText> texts = existing.map(Readout::texts).orElse(List.of());
        texts.stream().filter(t -> !t.draft().isEmpty()).forEach(t -> addRow(t.language(), t.draft()));
        if (rows.isEmpty()) {
            addRow(getLocale().getLanguage(), "");
        }
        var addLanguage = new Button(getTranslation("readout.dialog.addLanguage"), e -> addRow("", ""));
        addLanguage.setId("readout-add-language");
        addLanguage.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(addLanguage);
        save = new Button(getTranslation("readout.dialog.save"), e -> {
            if (!complete()) {
                return;
            }
            var draft = new ReadoutDraft(rows.stream()
                    .map(r -> new ReadoutTextData(r.language.getValue(), r.body.getValue()))
                    .toList());
            if (Refusals.tryTo(() -> readouts.saveDraft(meeting, draft))) {
                close();
                Notifications.success(getTranslation("readout.dialog.saved"));
                refreshPage.run();
            }
        });
        save.setId("readout-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("readout.dialog.cancel"), e -> close()), save);
    }

    private void addRow(String language, String body) {
        var row = new LanguageRow(language, body);
        rows.add(row);
        list.add(row);
    }

    /** Marks what is missing at its field; the service would refuse it anyway. */
    private boolean complete() {
        boolean complete = !rows.isEmpty();
        List<String> seen = new ArrayList<>();
        for (LanguageRow row : rows) {
            String code = row.language.getValue();
            boolean languageOk = code != null && !code.isBlank() && !seen.contains(code);
            row.language.setInvalid(!languageOk);
            row.language.setErrorMessage(getTranslation(
                    code == null || code.isBlank() ? "readout.dialog.chooseLanguage" : "readout.dialog.languageTwice"));
            boolean bodyOk = !row.body.getValue().isBlank();
            row.body.setInvalid(!bodyOk);
            row.body.setErrorMessage(getTranslation("readout.dialog.writeText"));
            complete &= languageOk && bodyOk;
            if (code != null) {
                seen.add(code);
            }
        }
        return complete;
    }
}

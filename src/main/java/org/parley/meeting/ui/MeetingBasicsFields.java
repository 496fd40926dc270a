package org.parley.meeting.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.Tier;
import org.parley.shared.Classification;
import org.parley.shared.Messages;
import org.parley.shared.ui.FieldLimits;

/** What the meeting is: title, kind, tier, format, classification (up to the planner's clearance) and objectives. */
class MeetingBasicsFields extends FormLayout {

    final TextField title = new TextField();
    final Select<MeetingKind> kind = new Select<>();
    final Select<Tier> tier = new Select<>();
    final Select<MeetingFormat> format = new Select<>();
    final Select<Classification> classification = new Select<>();
    final TextArea objectives = new TextArea();

    MeetingBasicsFields(Classification clearance) {
        title.setLabel(getTranslation("meeting.editor.title"));
        objectives.setLabel(getTranslation("meeting.editor.objectives"));
        title.setId("title");
        kind.setId("kind");
        tier.setId("tier");
        format.setId("format");
        classification.setId("classification");
        FieldLimits.lengthFrom(MeetingData.class, "title", title);
        title.setWidthFull();
        // the limit is said before it bites: "12 of 200 characters" under the field, as the planner types
        title.setValueChangeMode(ValueChangeMode.EAGER);
        title.addValueChangeListener(e -> countTitle());
        countTitle();
        kind.setLabel(getTranslation("meeting.field.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> Messages.label(getLocale(), k));
        tier.setLabel(getTranslation("meeting.field.tier"));
        tier.setItems(Tier.values());
        tier.setItemLabelGenerator(t -> Messages.label(getLocale(), t));
        tier.setHelperText(getTranslation("meeting.editor.tierHelp"));
        format.setLabel(getTranslation("meeting.field.format"));
        format.setItems(MeetingFormat.values());
        format.setItemLabelGenerator(f -> Messages.label(getLocale(), f));
        classification.setLabel(getTranslation("meeting.field.classification"));
        classification.setItems(clearance.andBelow());
        classification.setItemLabelGenerator(c -> Messages.label(getLocale(), c));
        FieldLimits.lengthFrom(MeetingData.class, "objectives", objectives);
        objectives.setMinHeight("6em");
        add(title, kind, tier, format, classification, objectives);
        setColspan(title, 2);
        setColspan(objectives, 2);
    }

    private void countTitle() {
        title.setHelperText(title.getTranslation(
                "meeting.editor.titleLength", title.getValue().length(), title.getMaxLength()));
    }

    /** A kind chosen by the planner suggests its tier and format, which they may then change. */
    void suggestFromKind(MeetingKind chosen) {
        tier.setValue(chosen.defaultTier());
        format.setValue(chosen.defaultFormat());
    }
}

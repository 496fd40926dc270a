package org.parley.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.meeting.AgendaItemData;
import org.parley.shared.CountryCode;
import org.parley.shared.ui.FieldLimits;

/**
 * The ordered agenda as one field of the form: items can be added, removed and moved up or down; the total of
 * planned minutes is shown against the meeting's length, with a warning when it runs over. Each item is checked by
 * Bean Validation on {@link AgendaItemData}.
 */
class AgendaEditor extends CustomField<List<AgendaItemData>> {

    final List<ItemRow> items = new ArrayList<>();
    final Button addItem = new Button(getTranslation("meeting.agenda.add"), VaadinIcon.PLUS.create());
    final Paragraph total = new Paragraph();
    private final VerticalLayout rows = new VerticalLayout();
    private List<CountryCode> leadChoices = List.of();
    private long meetingMinutes;
    private boolean filling;

    AgendaEditor() {
        setId("agenda-editor");
        setWidthFull();
        rows.setPadding(false);
        rows.setSpacing(false);
        total.setId("agenda-total");
        addItem.setId("add-agenda-item");
        addItem.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addItem.addClickListener(e -> addItem(new AgendaItemData("", "", 30)));
        var content = new VerticalLayout(rows, addItem, total);
        content.setPadding(false);
        add(content);
        updateTotal();
    }

    ItemRow addItem(AgendaItemData data) {
        var row = new ItemRow(data.leadPerson());
        row.lead.setItems(leadChoices);
        row.title.setValue(data.title());
        row.description.setValue(data.description() == null ? "" : data.description());
        row.minutes.setValue(data.plannedMinutes());
        row.lead.setValue(data.leadDelegation());
        row.title.addValueChangeListener(e -> changed());
        row.description.addValueChangeListener(e -> changed());
        row.lead.addValueChangeListener(e -> changed());
        row.minutes.addValueChangeListener(e -> changed());
        row.up.addClickListener(e -> move(row, -1));
        row.down.addClickListener(e -> move(row, 1));
        row.remove.addClickListener(e -> {
            items.remove(row);
            rows.remove(row);
            changed();
        });
        items.add(row);
        rows.add(row);
        changed();
        return row;
    }

    void move(ItemRow row, int by) {
        int from = items.indexOf(row);
        int to = from + by;
        if (from < 0 || to < 0 || to >= items.size()) {
            return;
        }
        items.remove(from);
        items.add(to, row);
        rows.removeAll();
        items.forEach(rows::add);
        changed();
    }

    void setLeadChoices(List<CountryCode> countries) {
        if (countries.equals(leadChoices)) {
            return;
        }
        this.leadChoices = List.copyOf(countries);
        for (ItemRow row : items) {
            CountryCode current = row.lead.getValue();
            row.lead.setItems(leadChoices);
            row.lead.setValue(current != null && leadChoices.contains(current) ? current : null);
        }
    }

    void setMeetingMinutes(long minutes) {
        this.meetingMinutes = minutes;
        updateTotal();
    }

    /** Checks every item and marks what is wrong; returns whether all are complete. */
    boolean validateEach() {
        boolean valid = true;
        for (ItemRow row : items) {
            valid &= row.binder.validate().isOk();
        }
        return valid;
    }

    int plannedMinutes() {
        return items.stream()
                .mapToInt(r -> r.minutes.getValue() == null ? 0 : r.minutes.getValue())
                .sum();
    }

    boolean overruns() {
        return meetingMinutes > 0 && plannedMinutes() > meetingMinutes;
    }

    private void changed() {
        updateTotal();
        if (!filling) {
            updateValue();
        }
    }

    private void updateTotal() {
        int planned = plannedMinutes();
        if (meetingMinutes <= 0) {
            total.setText(getTranslation("meeting.agenda.planned", planned));
        } else {
            total.setText(getTranslation("meeting.agenda.plannedOf", planned, meetingMinutes)
                    + (overruns() ? " \u2014 " + getTranslation("meeting.agenda.overruns") : ""));
        }
        total.setClassName("parley-warning", overruns());
    }

    @Override
    protected List<AgendaItemData> generateModelValue() {
        return items.stream().map(ItemRow::value).toList();
    }

    @Override
    protected void setPresentationValue(List<AgendaItemData> agenda) {
        filling = true;
        try {
            items.clear();
            rows.removeAll();
            (agenda == null ? List.<AgendaItemData>of() : agenda).forEach(this::addItem);
        } finally {
            filling = false;
        }
        updateTotal();
    }

    /** One agenda item in the editor. */
    static class ItemRow extends HorizontalLayout {
        final TextField title = new TextField();
        final TextField description = new TextField();
        final Select<CountryCode> lead = new Select<>();
        final IntegerField minutes = new IntegerField();
        final Button up = new Button(VaadinIcon.ARROW_UP.create());
        final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        final BeanValidationBinder<AgendaItemData> binder = new BeanValidationBinder<>(AgendaItemData.class);
        /** A lead person set elsewhere (the API); the editor keeps it as it is. */
        private final @Nullable PersonId leadPerson;

        ItemRow(@Nullable PersonId leadPerson) {
            this.leadPerson = leadPerson;
            setWidthFull();
            setAlignItems(FlexComponent.Alignment.BASELINE);
            title.setPlaceholder(getTranslation("meeting.agenda.title"));
            title.setAriaLabel(getTranslation("meeting.agenda.titleLabel"));
            FieldLimits.lengthFrom(AgendaItemData.class, "title", title);
            description.setPlaceholder(getTranslation("meeting.agenda.description"));
            description.setAriaLabel(getTranslation("meeting.agenda.descriptionLabel"));
            FieldLimits.lengthFrom(AgendaItemData.class, "description", description);
            lead.setPlaceholder(getTranslation("meeting.agenda.lead"));
            lead.setAriaLabel(getTranslation("meeting.agenda.leadLabel"));
            lead.setEmptySelectionAllowed(true);
            lead.setItemLabelGenerator(
                    c -> c == null ? getTranslation("meeting.agenda.noLead") : c.displayName(getLocale()));
            minutes.setAriaLabel(getTranslation("meeting.agenda.minutesLabel"));
            minutes.setSuffixComponent(new Span(getTranslation("meeting.agenda.min")));
            FieldLimits.rangeFrom(AgendaItemData.class, "plannedMinutes", minutes);
            minutes.setStepButtonsVisible(true);
            minutes.setWidth("8em");
            binder.forField(title).bind("title");
            binder.forField(description).bind("description");
            binder.forField(minutes).withNullRepresentation(0).bind("plannedMinutes");
            up.setAriaLabel(getTranslation("meeting.agenda.moveUp"));
            down.setAriaLabel(getTranslation("meeting.agenda.moveDown"));
            remove.setAriaLabel(getTranslation("meeting.agenda.remove"));
            for (Button b : List.of(up, down, remove)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            }
            add(title, description, lead, minutes, up, down, remove);
            setFlexGrow(2, title);
            setFlexGrow(3, description);
        }

        AgendaItemData value() {
            return new AgendaItemData(
                    title.getValue(),
                    description.getValue(),
                    lead.getValue(),
                    leadPerson,
                    minutes.getValue() == null ? 0 : minutes.getValue());
        }
    }
}

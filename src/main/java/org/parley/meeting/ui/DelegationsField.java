package org.parley.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.meeting.DelegationData;
import org.parley.shared.CountryCode;

/**
 * The meeting's delegations as one field of the form: its value is the list the planner has entered, and the rules
 * about the whole list (two delegations, one of them ours, nobody twice) show as this field's message.
 */
class DelegationsField extends CustomField<List<DelegationData>> {

    final List<DelegationEditor> editors = new ArrayList<>();
    final Button addDelegation = new Button(VaadinIcon.PLUS.create());
    private final VerticalLayout list = new VerticalLayout();
    private final PeoplePicker picker;
    private final PeopleService people;
    private boolean filling;

    DelegationsField(PeoplePicker picker, PeopleService people) {
        this.picker = picker;
        this.people = people;
        setId("delegations-editor");
        setWidthFull();
        list.setPadding(false);
        addDelegation.setText(getTranslation("meeting.editor.addDelegation"));
        addDelegation.setId("add-delegation");
        addDelegation.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addDelegation.addClickListener(e -> addDelegation(null));
        var content = new VerticalLayout(list, addDelegation);
        content.setPadding(false);
        add(content);
    }

    DelegationEditor addDelegation(@Nullable DelegationData data) {
        var editor = new DelegationEditor(picker, this::changed);
        if (data != null) {
            List<Person> known = data.members().isEmpty()
                    ? List.of()
                    : people.getAll(data.members().stream().map(m -> m.person()).toList());
            editor.setValue(data, known);
        }
        editor.remove.addClickListener(e -> {
            editors.remove(editor);
            list.remove(editor);
            changed();
        });
        editors.add(editor);
        list.add(editor);
        changed();
        return editor;
    }

    /** Checks every delegation and marks what is wrong in each; returns whether all are complete. */
    boolean validateEach() {
        boolean valid = true;
        for (DelegationEditor editor : editors) {
            valid &= editor.validate();
        }
        return valid;
    }

    List<Person> chosenPeople() {
        return editors.stream()
                .flatMap(d -> d.chosenPeople().stream())
                .distinct()
                .toList();
    }

    List<CountryCode> countries() {
        return editors.stream()
                .map(d -> d.country.getValue())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private void changed() {
        if (!filling) {
            updateValue();
        }
    }

    @Override
    protected List<DelegationData> generateModelValue() {
        return editors.stream().map(DelegationEditor::value).toList();
    }

    @Override
    protected void setPresentationValue(List<DelegationData> delegations) {
        filling = true;
        try {
            editors.clear();
            list.removeAll();
            (delegations == null ? List.<DelegationData>of() : delegations).forEach(this::addDelegation);
        } finally {
            filling = false;
        }
    }
}

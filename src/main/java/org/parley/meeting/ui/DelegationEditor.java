package org.parley.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.directory.Person;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberRole;
import org.parley.meeting.ParticipantResponse;
import org.parley.shared.Messages;
import org.parley.shared.ui.CountryField;
import org.parley.shared.ui.FieldLimits;

/**
 * Edits one delegation: its country, organisation, whether it is ours, and its members with their roles. Its own
 * fields are checked by Bean Validation on {@link DelegationData}; the one-head rule is shown below the members.
 */
class DelegationEditor extends VerticalLayout {

    final CountryField country = new CountryField(getTranslation("meeting.field.country"));
    final TextField organisation = new TextField(getTranslation("meeting.delegation.organisation"));
    final Checkbox ours = new Checkbox(getTranslation("meeting.delegation.ours"));
    /** Off: the meeting lists the members by precedence, the head first; on: in the order given here. */
    final Checkbox manualOrder = new Checkbox();
    /** Empty: the head of delegation's first working language (docs/0024). */
    final TextField language = new TextField();

    final Button addMember = new Button(getTranslation("meeting.delegation.addMember"), VaadinIcon.PLUS.create());
    final Button remove = new Button(getTranslation("meeting.delegation.remove"), VaadinIcon.TRASH.create());
    final Span problem = new Span();
    final List<MemberRow> members = new ArrayList<>();
    private final BeanValidationBinder<DelegationData> binder = new BeanValidationBinder<>(DelegationData.class);
    private final VerticalLayout memberRows = new VerticalLayout();
    private final PeoplePicker people;
    private final Runnable onChange;

    DelegationEditor(PeoplePicker people, Runnable onChange) {
        this.people = people;
        this.onChange = onChange;
        addClassName("parley-delegation-editor");
        setPadding(true);
        getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        FieldLimits.lengthFrom(DelegationData.class, "organisation", organisation);
        organisation.setPlaceholder(getTranslation("meeting.delegation.organisationHint"));
        binder.forField(country).bind("country");
        binder.forField(organisation).bind("organisation");
        language.setLabel(getTranslation("protocol.delegation.language"));
        language.setHelperText(getTranslation("protocol.delegation.languageHelper"));
        language.setMaxLength(2);
        language.setWidth("12em");
        binder.forField(language).bind("language");
        language.addValueChangeListener(e -> onChange.run());
        problem.addClassName("parley-error");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        addMember.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addMember.addClickListener(e -> addMember(
                null, members.isEmpty() ? MemberRole.HEAD : MemberRole.DELEGATE, ParticipantResponse.NEEDS_ACTION));
        country.addValueChangeListener(e -> onChange.run());
        organisation.addValueChangeListener(e -> onChange.run());
        ours.addValueChangeListener(e -> onChange.run());
        manualOrder.setLabel(getTranslation("protocol.delegation.manualOrder"));
        manualOrder.addValueChangeListener(e -> {
            members.forEach(row -> row.moveUp.setVisible(e.getValue()));
            onChange.run();
        });
        memberRows.setPadding(false);
        memberRows.setSpacing(false);
        var top = new HorizontalLayout(country, organisation, language, ours, remove);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWidthFull();
        top.expand(organisation);
        add(top, memberRows, new HorizontalLayout(addMember, manualOrder), problem);
    }

    void setValue(DelegationData data, List<Person> knownPeople) {
        country.setValue(data.country());
        organisation.setValue(data.organisation() == null ? "" : data.organisation());
        ours.setValue(data.ours());
        manualOrder.setValue(data.manualOrder());
        language.setValue(data.language() == null ? "" : data.language());
        for (MemberData member : data.members()) {
            Person person = knownPeople.stream()
                    .filter(p -> p.id().equals(member.person()))
                    .findFirst()
                    .orElse(null);
            addMember(person, member.role(), member.response());
        }
    }

    MemberRow addMember(@Nullable Person person, MemberRole role, ParticipantResponse response) {
        var row = new MemberRow(people);
        row.person.setValue(person);
        row.role.setValue(role);
        row.response.setValue(response);
        row.person.addValueChangeListener(e -> onChange.run());
        row.role.addValueChangeListener(e -> onChange.run());
        row.response.addValueChangeListener(e -> onChange.run());
        row.remove.addClickListener(e -> {
            members.remove(row);
            memberRows.remove(row);
            onChange.run();
        });
        row.moveUp.setVisible(manualOrder.getValue());
        row.moveUp.addClickListener(e -> moveUp(row));
        members.add(row);
        memberRows.add(row);
        onChange.run();
        return row;
    }

    /** Moves a member one place up in the planner's own order. */
    void moveUp(MemberRow row) {
        int at = members.indexOf(row);
        if (at > 0) {
            members.remove(at);
            members.add(at - 1, row);
            memberRows.addComponentAtIndex(at - 1, row);
            onChange.run();
        }
    }

    DelegationData value() {
        return new DelegationData(
                country.getValue(),
                organisation.getValue(),
                ours.getValue(),
                members.stream()
                        .filter(r -> r.person.getValue() != null)
                        .map(r -> new MemberData(r.person.getValue().id(), r.role.getValue(), r.response.getValue()))
                        .toList(),
                manualOrder.getValue(),
                language.getValue().isBlank() ? null : language.getValue().trim());
    }

    List<Person> chosenPeople() {
        return members.stream()
                .map(r -> r.person.getValue())
                .filter(Objects::nonNull)
                .toList();
    }

    /** Checks this delegation and marks what is wrong; returns whether it is complete. */
    boolean validate() {
        boolean fieldsValid = binder.validate().isOk();
        for (MemberRow row : members) {
            boolean chosen = row.person.getValue() != null;
            // an empty row would otherwise vanish from the meeting without a word
            row.person.setErrorMessage(chosen ? null : getTranslation(PERSON_MISSING));
            row.person.setInvalid(!chosen);
            fieldsValid &= chosen;
        }
        boolean headed = DelegationData.headedByOnePerson(
                members.stream().map(r -> r.role.getValue()).toList());
        problem.setText(headed ? "" : getTranslation(DelegationData.ONE_HEAD));
        return fieldsValid && headed;
    }

    static final String PERSON_MISSING = "meeting.delegation.personMissing";

    /** One member: who, in which role, and their answer so far. */
    static class MemberRow extends HorizontalLayout {
        final ComboBox<Person> person = new ComboBox<>();
        final Select<MemberRole> role = new Select<>();
        final Select<ParticipantResponse> response = new Select<>();
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        final Button moveUp = new Button(VaadinIcon.ARROW_UP.create());

        MemberRow(PeoplePicker people) {
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWidthFull();
            person.setPlaceholder(getTranslation("meeting.searchDirectory"));
            person.setAriaLabel(getTranslation("meeting.delegation.person"));
            people.configure(person);
            role.setItems(MemberRole.values());
            role.setItemLabelGenerator(r -> Messages.label(getLocale(), r));
            role.setAriaLabel(getTranslation("meeting.delegation.role"));
            response.setItems(ParticipantResponse.values());
            response.setItemLabelGenerator(r -> Messages.label(getLocale(), r));
            response.setAriaLabel(getTranslation("meeting.delegation.response"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("meeting.delegation.removeMember"));
            moveUp.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            moveUp.setAriaLabel(getTranslation("protocol.delegation.moveUp"));
            moveUp.setTooltipText(getTranslation("protocol.delegation.moveUp"));
            add(person, role, response, moveUp, remove);
            expand(person);
        }
    }
}

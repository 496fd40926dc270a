package org.parley.directory.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.directory.AccountLinkedElsewhereException;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.protocol.FormOfAddress;
import org.parley.protocol.ProtocolService;
import org.parley.protocol.Rank;
import org.parley.protocol.RankId;
import org.parley.security.UserId;
import org.parley.security.UserService;
import org.parley.security.UserSummary;
import org.parley.shared.CountryCode;
import org.parley.shared.Messages;
import org.parley.shared.RuleViolationException;
import org.parley.shared.WorkingDays;
import org.parley.shared.ui.CountryField;
import org.parley.shared.ui.FieldLimits;
import org.parley.shared.ui.Notifications;
import org.parley.shared.ui.ZoneField;

/** Creates a person or edits one; messages from Bean Validation appear next to the fields. */
class PersonDialog extends Dialog {

    final TextField fullName = new TextField(getTranslation("directory.name"));
    final TextField originalName = new TextField(getTranslation("directory.person.originalName"));
    final TextField title = new TextField(getTranslation("directory.person.title"));
    final TextField organisation = new TextField(getTranslation("directory.people.organisation"));
    final CountryField country = new CountryField(getTranslation("directory.country"));
    final EmailField email = new EmailField(getTranslation("directory.person.email"));
    final TextField phone = new TextField(getTranslation("directory.person.phone"));
    final TextField languages = new TextField();
    final ComboBox<Rank> rank = new ComboBox<>();
    final ComboBox<FormOfAddress> formOfAddress = new ComboBox<>();
    final ZoneField homeZone = new ZoneField(getTranslation("directory.person.homeZone"));
    final TimePicker workdayStart = new TimePicker(getTranslation("directory.person.workdayStart"));
    final TimePicker workdayEnd = new TimePicker(getTranslation("directory.person.workdayEnd"));
    final CheckboxGroup<DayOfWeek> workingDays = new CheckboxGroup<>(getTranslation("directory.person.workingDays"));
    final TextArea notes = new TextArea(getTranslation("directory.person.notes"));
    /** The user account that is this person (docs/0025); administrators change it, others read it. */
    final ComboBox<UserSummary> account = new ComboBox<>();

    final Span accountText = new Span();
    /** Links the chosen account at once: the link is the administrator's, apart from the person's entry. */
    final Button link = new Button();

    final Button save = new Button(getTranslation("directory.save"));
    final Button toggleActive = new Button();
    final BeanValidationBinder<PersonData> binder = new BeanValidationBinder<>(PersonData.class);

    private @Nullable UserId accountBefore;

    PersonDialog(
            PeopleService people,
            ProtocolService protocol,
            UserService users,
            boolean administrator,
            @Nullable Person person,
            Runnable onSaved) {
        setHeaderTitle(person == null ? getTranslation("directory.people.new") : person.fullName());
        setWidth("44rem");
        FieldLimits.lengthFrom(PersonData.class, "fullName", fullName);
        fullName.setHelperText(getTranslation("directory.person.nameHelper"));
        FieldLimits.lengthFrom(PersonData.class, "originalName", originalName);
        originalName.setHelperText(getTranslation("directory.person.originalNameHelper"));
        FieldLimits.lengthFrom(PersonData.class, "title", title);
        FieldLimits.lengthFrom(PersonData.class, "organisation", organisation);
        FieldLimits.lengthFrom(PersonData.class, "email", email);
        FieldLimits.lengthFrom(PersonData.class, "phone", phone);
        FieldLimits.lengthFrom(PersonData.class, "languages", languages);
        languages.setLabel(getTranslation("protocol.person.languages"));
        languages.setHelperText(getTranslation("protocol.person.languagesHelper"));
        // the ranks are a short list of reference data, read whole
        List<Rank> ranks = protocol.ranks();
        rank.setLabel(getTranslation("protocol.person.rank"));
        rank.setItems(ranks);
        rank.setItemLabelGenerator(r -> r.label(getLocale()));
        rank.setClearButtonVisible(true);
        formOfAddress.setLabel(getTranslation("protocol.person.formOfAddress"));
        formOfAddress.setItems(FormOfAddress.values());
        formOfAddress.setItemLabelGenerator(form -> getTranslation(Messages.keyOf(form)));
        formOfAddress.setClearButtonVisible(true);
        FieldLimits.lengthFrom(PersonData.class, "notes", notes);
        workdayStart.setStep(Duration.ofMinutes(30));
        workdayEnd.setStep(Duration.ofMinutes(30));
        workingDays.setItems(DayOfWeek.values());
        workingDays.setItemLabelGenerator(day -> Messages.LANGUAGES.contains(getLocale())
                ? day.getDisplayName(java.time.format.TextStyle.FULL, getLocale())
                : WorkingDays.name(day));
        workingDays.setHelperText(getTranslation("directory.person.workingDaysHelper"));
        binder.forField(fullName).bind("fullName");
        binder.forField(originalName).bind("originalName");
        binder.forField(title).bind("title");
        binder.forField(organisation).bind("organisation");
        binder.forField(country).bind("country");
        binder.forField(email).bind("email");
        binder.forField(phone).bind("phone");
        binder.forField(languages).bind("languages");
        binder.forField(rank)
                .withConverter(
                        (Rank r) -> r == null ? null : r.id(),
                        (RankId id) -> id == null
                                ? null
                                : ranks.stream()
                                        .filter(r -> r.id().equals(id))
                                        .findFirst()
                                        .orElse(null))
                .bind("rank");
        binder.forField(formOfAddress).bind("formOfAddress");
        binder.forField(homeZone).bind("homeZone");
        binder.forField(workdayStart).bind("workdayStart");
        binder.forField(workdayEnd).bind("workdayEnd");
        binder.forField(workingDays).bind("workingDays");
        binder.forField(notes).bind("notes");
        binder.readRecord(
                person == null
                        ? PersonData.of("", new CountryCode("DE"), ZoneId.of("Europe/Berlin"))
                        : person.toData());

        var form = new FormLayout(
                formOfAddress,
                fullName,
                originalName,
                title,
                rank,
                organisation,
                country,
                email,
                phone,
                languages,
                homeZone,
                workdayStart,
                workdayEnd,
                workingDays,
                notes);
        form.setColspan(workingDays, 2);
        form.setColspan(notes, 2);
        add(form);
        if (person != null) {
            add(accountPart(people, users, administrator, person));
        }

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                PersonData data = binder.writeRecord();
                if (!data.isWorkdayEndAfterStart()) {
                    workdayEnd.setInvalid(true);
                    workdayEnd.setErrorMessage(getTranslation("directory.person.workdayOrder"));
                    return;
                }
                Person saved =
                        person == null ? people.create(data) : people.update(person.id(), data, person.version());
                Notifications.success(getTranslation("directory.saved", saved.fullName()));
                close();
                onSaved.run();
            } catch (ValidationException invalid) {
                // the binder marks the fields
            } catch (RuleViolationException rule) {
                Notifications.error(rule.messageIn(getLocale()));
            }
        });
        toggleActive.setVisible(person != null);
        if (person != null) {
            toggleActive.setText(
                    getTranslation(person.active() ? "directory.person.deactivate" : "directory.person.reactivate"));
            toggleActive.addThemeVariants(person.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            toggleActive.addClickListener(e -> {
                if (person.active()) {
                    people.deactivate(person.id());
                } else {
                    people.reactivate(person.id());
                }
                close();
                onSaved.run();
            });
        }
        getFooter().add(toggleActive, new Button(getTranslation("directory.cancel"), e -> close()), save);
    }

    private Component accountPart(PeopleService people, UserService users, boolean administrator, Person person) {
        accountBefore = people.accountOf(person.id()).orElse(null);
        account.setId("person-account");
        accountText.setId("person-account-text");
        if (administrator) {
            account.setLabel(getTranslation("participation.link.account"));
            account.setHelperText(getTranslation("participation.link.accountHelp"));
            account.setClearButtonVisible(true);
            account.setWidthFull();
            account.setItems(query -> users.list(query.getFilter().orElse(""), toSpringPageRequest(query)).stream());
            account.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
            if (accountBefore != null) {
                account.setValue(users.get(accountBefore));
            }
            accountText.setVisible(false);
            link.setText(getTranslation("participation.link.save"));
            link.setId("person-account-link");
            link.addClickListener(e -> linkChosenAccount(people, person));
            var row = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(account, link);
            row.setWidthFull();
            row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            return row;
        }
        account.setVisible(false);
        String name = accountBefore == null
                ? null
                : users.displayNames(java.util.List.of(accountBefore)).get(accountBefore);
        accountText.setText(
                name == null
                        ? getTranslation("participation.link.noAccount")
                        : getTranslation("participation.link.hasAccount", name));
        return accountText;
    }

    private void linkChosenAccount(PeopleService people, Person person) {
        if (sameAccount()) {
            return;
        }
        try {
            UserId chosen =
                    account.getValue() == null ? null : account.getValue().id();
            people.linkAccount(person.id(), chosen);
            accountBefore = chosen;
            account.setInvalid(false);
            Notifications.success(getTranslation(
                    chosen == null ? "participation.link.removed" : "participation.link.linked", person.fullName()));
        } catch (AccountLinkedElsewhereException taken) {
            account.setInvalid(true);
            account.setErrorMessage(
                    getTranslation("participation.link.takenByOther", taken.username(), taken.otherPerson()));
        }
    }

    private boolean sameAccount() {
        UserId now = account.getValue() == null ? null : account.getValue().id();
        return java.util.Objects.equals(now, accountBefore);
    }
}

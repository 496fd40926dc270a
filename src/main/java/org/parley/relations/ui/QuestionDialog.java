package org.parley.relations.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonFilter;
import org.parley.relations.OpenQuestion;
import org.parley.relations.QuestionData;
import org.parley.relations.QuestionService;
import org.parley.relations.QuestionStatus;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.Messages;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.Notifications;
import org.springframework.data.domain.PageRequest;

/** Opens a question or edits one; what the service refuses is shown at the field, and nothing typed is lost. */
class QuestionDialog extends Dialog {

    final TextField title = new TextField();
    final MultiSelectComboBox<CountryCode> countries = new MultiSelectComboBox<>();
    final Select<QuestionStatus> status = new Select<>();
    final Select<Classification> classification = new Select<>();
    final ComboBox<Person> owner = new ComboBox<>();
    final TextArea description = new TextArea();
    final TextArea ourPosition = new TextArea();
    final TextArea theirPosition = new TextArea();
    final Button save;

    QuestionDialog(
            QuestionService questions,
            PeopleService people,
            Classification clearance,
            @Nullable OpenQuestion editing,
            @Nullable CountryCode country,
            Consumer<OpenQuestion> saved) {
        Locale locale = getLocale();
        setHeaderTitle(getTranslation(editing == null ? "relations.dialog.newTitle" : "relations.dialog.editTitle"));
        setWidth("44rem");
        title.setLabel(getTranslation("relations.field.title"));
        title.setMaxLength(QuestionData.TITLE_MAX_LENGTH);
        title.setRequired(true);
        title.setId("question-title");
        countries.setLabel(getTranslation("relations.field.countries"));
        countries.setItems(CountryCode.allSortedByName(locale));
        countries.setItemLabelGenerator(c -> c.displayName(locale));
        countries.setRequired(true);
        countries.setId("question-countries");
        status.setLabel(getTranslation("relations.field.status"));
        status.setItems(QuestionStatus.values());
        status.setItemLabelGenerator(s -> Messages.label(locale, s));
        status.setId("question-status");
        classification.setLabel(getTranslation("relations.field.classification"));
        classification.setItems(clearance.andBelow());
        classification.setItemLabelGenerator(c -> Messages.label(locale, c));
        classification.setId("question-classification");
        owner.setLabel(getTranslation("relations.field.owner"));
        owner.setItems(query -> people
                .find(
                        PersonFilter.byText(query.getFilter().orElse("")),
                        PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        owner.setItemLabelGenerator(Person::fullName);
        owner.setClearButtonVisible(true);
        owner.setId("question-owner");
        for (TextArea area : new TextArea[] {description, ourPosition, theirPosition}) {
            area.setMaxLength(QuestionData.TEXT_MAX_LENGTH);
            area.setMinHeight("5rem");
        }
        description.setLabel(getTranslation("relations.field.description"));
        ourPosition.setLabel(getTranslation("relations.field.ourPosition"));
        theirPosition.setLabel(getTranslation("relations.field.theirPosition"));
        description.setId("question-description");
        ourPosition.setId("question-our-position");
        theirPosition.setId("question-their-position");

        if (editing == null) {
            status.setValue(QuestionStatus.OPEN);
            classification.setValue(Classification.UNCLASSIFIED);
            if (country != null) {
                countries.setValue(Set.of(country));
            }
        } else {
            title.setValue(editing.title());
            countries.setValue(Set.copyOf(editing.countries()));
            status.setValue(editing.status());
            classification.setValue(editing.classification());
            if (editing.owner() != null) {
                owner.setValue(people.get(editing.owner()));
            }
            description.setValue(editing.description());
            ourPosition.setValue(editing.ourPosition());
            theirPosition.setValue(editing.theirPosition());
        }

        var form = new FormLayout(
                title, countries, status, classification, owner, description, ourPosition, theirPosition);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form);

        save = new Button(getTranslation("relations.dialog.save"), e -> {
            var data = new QuestionData(
                    title.getValue(),
                    description.getValue(),
                    ourPosition.getValue(),
                    theirPosition.getValue(),
                    owner.getValue() == null ? null : owner.getValue().id(),
                    status.getValue(),
                    classification.getValue(),
                    countries.getValue());
            try {
                OpenQuestion result = editing == null
                        ? questions.create(data)
                        : questions.update(editing.id(), editing.version(), data);
                close();
                Notifications.success(getTranslation("relations.dialog.saved"));
                saved.accept(result);
            } catch (ConstraintViolationException invalid) {
                showAtFields(invalid);
            } catch (RuleViolationException refused) {
                Notifications.error(refused.getMessage());
            }
        });
        save.setId("question-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("relations.dialog.cancel"), e -> close()), save);
    }

    private void showAtFields(ConstraintViolationException invalid) {
        Map<String, HasValidation> fields = Map.of(
                "title", title,
                "countries", countries,
                "description", description,
                "ourPosition", ourPosition,
                "theirPosition", theirPosition,
                "status", status,
                "classification", classification);
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            String field = path.substring(path.lastIndexOf('.') + 1);
            HasValidation target = fields.get(field.replaceAll("\\[.*", ""));
            if (target == null) {
                Notifications.error(violation.getMessage());
            } else {
                target.setInvalid(true);
                target.setErrorMessage(violation.getMessage());
            }
        }
    }
}

package org.parley.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.parley.security.NewUser;
import org.parley.security.PasswordPolicy;
import org.parley.security.Role;
import org.parley.security.UserChanges;
import org.parley.security.UserService;
import org.parley.security.UserSummary;
import org.parley.shared.Classification;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.Notifications;
import org.parley.shared.ui.ZoneField;

/** Creates a user, or edits one: roles, clearance, zone, enabled, password reset and unlock. */
class UserDialog extends Dialog {

    static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "ru", "ar", "zh");

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name");
    final EmailField email = new EmailField("E-mail");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final Select<Classification> clearance = new Select<>();
    final ZoneField timeZone = new ZoneField("Time zone");
    final Select<String> language = new Select<>();
    final PasswordField password = new PasswordField("Initial password");
    final Button save = new Button("Save");

    private UserDialog(String title) {
        setHeaderTitle(title);
        setWidth("40rem");
        username.setMaxLength(NewUser.USERNAME_MAX_LENGTH);
        displayName.setMaxLength(NewUser.DISPLAY_NAME_MAX_LENGTH);
        email.setMaxLength(NewUser.EMAIL_MAX_LENGTH);
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        clearance.setLabel("Clearance");
        clearance.setItems(Classification.values());
        clearance.setItemLabelGenerator(Classification::label);
        language.setLabel("Language");
        language.setItems(LANGUAGES);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; not a common password");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
    }

    static UserDialog forNewUser(UserService users, Runnable onSaved) {
        var dialog = new UserDialog("New user");
        var binder = new BeanValidationBinder<>(NewUser.class);
        binder.forField(dialog.username).bind("username");
        binder.forField(dialog.displayName).bind("displayName");
        binder.forField(dialog.email).bind("email");
        binder.forField(dialog.roles).bind("roles");
        binder.forField(dialog.clearance).bind("clearance");
        binder.forField(dialog.timeZone).bind("timeZone");
        binder.forField(dialog.language).bind("language");
        binder.forField(dialog.password).bind("initialPassword");
        binder.readRecord(new NewUser("", "", null, EnumSet.of(Role.VIEWER), Classification.UNCLASSIFIED,
                ZoneId.of("UTC"), "en", ""));
        dialog.add(new FormLayout(dialog.username, dialog.displayName, dialog.email, dialog.password,
                dialog.clearance, dialog.timeZone, dialog.language, dialog.roles));
        dialog.save.addClickListener(e -> {
            try {
                NewUser data = binder.writeRecord();
                users.create(data);
                Notifications.success("Created user " + data.username());
                dialog.close();
                onSaved.run();
            } catch (ValidationException invalid) {
                // the binder already marks the fields
            } catch (RuleViolationException rule) {
                Notifications.error(rule.getMessage());
            }
        });
        return dialog;
    }

    static UserDialog forExistingUser(UserService users, UserSummary user, Clock clock, Runnable onSaved) {
        var dialog = new UserDialog("User " + user.username());
        var binder = new BeanValidationBinder<>(UserChanges.class);
        binder.forField(dialog.displayName).bind("displayName");
        binder.forField(dialog.email).bind("email");
        binder.forField(dialog.roles).bind("roles");
        binder.forField(dialog.clearance).bind("clearance");
        binder.forField(dialog.timeZone).bind("timeZone");
        binder.forField(dialog.language).bind("language");
        binder.readRecord(new UserChanges(user.displayName(), user.email(), user.roles(), user.clearance(),
                user.timeZone(), user.language()));
        dialog.add(new Paragraph(user.enabled() ? "This account is active." : "This account is disabled."));
        dialog.add(new FormLayout(dialog.displayName, dialog.email, dialog.clearance, dialog.timeZone,
                dialog.language, dialog.roles));

        var enable = new Button(user.enabled() ? "Disable" : "Enable", e -> {
            users.setEnabled(user.id(), !user.enabled());
            Notifications.success((user.enabled() ? "Disabled " : "Enabled ") + user.username());
            dialog.close();
            onSaved.run();
        });
        enable.addThemeVariants(user.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        var resetPassword = new Button("Reset password", e -> new PasswordResetDialog(users, user).open());
        var unlock = new Button("Unlock", e -> {
            users.unlock(user.id());
            Notifications.success("Unlocked " + user.username());
            dialog.close();
            onSaved.run();
        });
        unlock.setVisible(user.locked(clock.instant()));
        dialog.getFooter().addComponentAsFirst(enable);
        dialog.getFooter().addComponentAtIndex(1, resetPassword);
        dialog.getFooter().addComponentAtIndex(2, unlock);

        dialog.save.addClickListener(e -> {
            try {
                users.update(user.id(), binder.writeRecord());
                Notifications.success("Saved " + user.username());
                dialog.close();
                onSaved.run();
            } catch (ValidationException invalid) {
                // the binder already marks the fields
            } catch (RuleViolationException rule) {
                Notifications.error(rule.getMessage());
            }
        });
        return dialog;
    }
}

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
import java.util.Locale;
import org.parley.security.NewUser;
import org.parley.security.PasswordPolicy;
import org.parley.security.Role;
import org.parley.security.UserChanges;
import org.parley.security.UserService;
import org.parley.security.UserSummary;
import org.parley.shared.Classification;
import org.parley.shared.Messages;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.Notifications;
import org.parley.shared.ui.ZoneField;

/** Creates a user, or edits one: roles, clearance, zone, enabled, password reset and unlock. */
class UserDialog extends Dialog {

    final TextField username = new TextField(getTranslation("security.user.username"));
    final TextField displayName = new TextField(getTranslation("security.user.displayName"));
    final EmailField email = new EmailField(getTranslation("security.user.email"));
    final CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("security.user.roles"));
    final Select<Classification> clearance = new Select<>();
    final ZoneField timeZone = new ZoneField(getTranslation("security.user.timeZone"));
    final Select<String> language = new Select<>();
    final PasswordField password = new PasswordField(getTranslation("security.user.initialPassword"));
    final Button save = new Button(getTranslation("shared.action.save"));

    private UserDialog(String titleKey, Object... arguments) {
        setHeaderTitle(getTranslation(titleKey, arguments));
        setWidth("40rem");
        username.setMaxLength(NewUser.USERNAME_MAX_LENGTH);
        displayName.setMaxLength(NewUser.DISPLAY_NAME_MAX_LENGTH);
        email.setMaxLength(NewUser.EMAIL_MAX_LENGTH);
        roles.setItems(Role.values());
        Locale locale = getLocale();
        roles.setItemLabelGenerator(r -> Messages.label(locale, r));
        clearance.setLabel(getTranslation("security.user.clearance"));
        clearance.setItems(Classification.values());
        clearance.setItemLabelGenerator(c -> Messages.label(locale, c));
        language.setLabel(getTranslation("security.user.language"));
        language.setItems(Messages.LANGUAGES.stream().map(Locale::getLanguage).toList());
        language.setItemLabelGenerator(tag -> Messages.ownName(Messages.supported(tag)));
        password.setHelperText(getTranslation("security.password.help", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("shared.action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    static UserDialog forNewUser(UserService users, Locale defaultLanguage, Runnable onSaved) {
        var dialog = new UserDialog("security.users.newUser");
        var binder = new BeanValidationBinder<>(NewUser.class);
        binder.forField(dialog.username).bind("username");
        binder.forField(dialog.displayName).bind("displayName");
        binder.forField(dialog.email).bind("email");
        binder.forField(dialog.roles).bind("roles");
        binder.forField(dialog.clearance).bind("clearance");
        binder.forField(dialog.timeZone).bind("timeZone");
        binder.forField(dialog.language).bind("language");
        binder.forField(dialog.password).bind("initialPassword");
        binder.readRecord(new NewUser(
                "",
                "",
                null,
                EnumSet.of(Role.VIEWER),
                Classification.UNCLASSIFIED,
                ZoneId.of("UTC"),
                defaultLanguage.getLanguage(),
                ""));
        dialog.add(new FormLayout(
                dialog.username,
                dialog.displayName,
                dialog.email,
                dialog.password,
                dialog.clearance,
                dialog.timeZone,
                dialog.language,
                dialog.roles));
        dialog.save.addClickListener(e -> {
            try {
                NewUser data = binder.writeRecord();
                users.create(data);
                Notifications.success(dialog.getTranslation("security.users.created", data.username()));
                dialog.close();
                onSaved.run();
            } catch (ValidationException invalid) {
                // the binder already marks the fields
            } catch (RuleViolationException rule) {
                Notifications.error(rule.messageIn(dialog.getLocale()));
            }
        });
        return dialog;
    }

    static UserDialog forExistingUser(UserService users, UserSummary user, Clock clock, Runnable onSaved) {
        var dialog = new UserDialog("security.users.editTitle", user.username());
        var binder = new BeanValidationBinder<>(UserChanges.class);
        binder.forField(dialog.displayName).bind("displayName");
        binder.forField(dialog.email).bind("email");
        binder.forField(dialog.roles).bind("roles");
        binder.forField(dialog.clearance).bind("clearance");
        binder.forField(dialog.timeZone).bind("timeZone");
        binder.forField(dialog.language).bind("language");
        binder.readRecord(new UserChanges(
                user.displayName(),
                user.email(),
                user.roles(),
                user.clearance(),
                user.timeZone(),
                Messages.supported(user.language()).getLanguage()));
        dialog.add(new Paragraph(dialog.getTranslation(
                user.enabled() ? "security.users.accountActive" : "security.users.accountDisabled")));
        dialog.add(new FormLayout(
                dialog.displayName, dialog.email, dialog.clearance, dialog.timeZone, dialog.language, dialog.roles));

        var enable = new Button(
                dialog.getTranslation(user.enabled() ? "security.users.disable" : "security.users.enable"), e -> {
                    users.setEnabled(user.id(), !user.enabled());
                    Notifications.success(dialog.getTranslation(
                            user.enabled() ? "security.users.disabled" : "security.users.enabled", user.username()));
                    dialog.close();
                    onSaved.run();
                });
        enable.addThemeVariants(user.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        var resetPassword = new Button(
                dialog.getTranslation("security.users.resetPassword"),
                e -> new PasswordResetDialog(users, user).open());
        var unlock = new Button(dialog.getTranslation("security.users.unlock"), e -> {
            users.unlock(user.id());
            Notifications.success(dialog.getTranslation("security.users.unlocked", user.username()));
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
                Notifications.success(dialog.getTranslation("security.users.saved", user.username()));
                dialog.close();
                onSaved.run();
            } catch (ValidationException invalid) {
                // the binder already marks the fields
            } catch (RuleViolationException rule) {
                Notifications.error(rule.messageIn(dialog.getLocale()));
            }
        });
        return dialog;
    }
}

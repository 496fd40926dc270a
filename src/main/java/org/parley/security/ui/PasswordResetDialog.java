package org.parley.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import org.parley.security.PasswordPolicy;
import org.parley.security.UserService;
import org.parley.security.UserSummary;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.Notifications;

/** An administrator sets a new password for a user; the user's open sessions end. */
class PasswordResetDialog extends Dialog {

    final PasswordField newPassword = new PasswordField(getTranslation("security.profile.newPassword"));

    PasswordResetDialog(UserService users, UserSummary user) {
        setHeaderTitle(getTranslation("security.reset.title", user.username()));
        newPassword.setWidthFull();
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        newPassword.setHelperText(getTranslation("security.password.help", PasswordPolicy.MIN_LENGTH));
        add(newPassword);
        var save = new Button(getTranslation("security.reset.save"), e -> {
            try {
                users.resetPassword(user.id(), newPassword.getValue());
                Notifications.success(getTranslation("security.reset.done", user.username()));
                close();
            } catch (RuleViolationException rule) {
                newPassword.setInvalid(true);
                newPassword.setErrorMessage(rule.messageIn(getLocale()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("shared.action.cancel"), e -> close()), save);
    }
}

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

    final PasswordField newPassword = new PasswordField("New password");

    PasswordResetDialog(UserService users, UserSummary user) {
        setHeaderTitle("Reset the password of " + user.username());
        newPassword.setWidthFull();
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        newPassword.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; not a common password");
        add(newPassword);
        var save = new Button("Set password", e -> {
            try {
                users.resetPassword(user.id(), newPassword.getValue());
                Notifications.success("Password changed; " + user.username() + " must sign in again");
                close();
            } catch (RuleViolationException rule) {
                newPassword.setInvalid(true);
                newPassword.setErrorMessage(rule.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}

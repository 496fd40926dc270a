package org.parley.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.parley.security.ApiTokenService;
import org.parley.security.PasswordPolicy;
import org.parley.security.Role;
import org.parley.security.UserService;
import org.parley.security.UserSummary;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.Notifications;
import org.parley.shared.ui.ZoneField;

/** Every user's own settings: time zone, password and personal API tokens. */
@Route("profile")
@PageTitle("Profile")
@Menu(title = "Profile", order = 95, icon = "vaadin:user")
@PermitAll
class ProfileView extends VerticalLayout {

    final ZoneField timeZone = new ZoneField("My time zone");
    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeatPassword = new PasswordField("New password again");
    final Button saveZone = new Button("Save time zone");
    final Button changePassword = new Button("Change password");

    final ApiTokensSection apiTokens;

    ProfileView(UserService users, ApiTokenService apiTokenService) {
        addClassName("parley-page");
        UserSummary me = users.me();
        add(new H2(me.displayName()), new Paragraph("Username " + me.username() + " · roles "
                + me.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "))
                + " · cleared up to " + me.clearance().label()));

        timeZone.setValue(me.timeZone());
        saveZone.addClickListener(e -> {
            if (timeZone.getValue() == null) {
                timeZone.setInvalid(true);
                timeZone.setErrorMessage("Choose a time zone");
                return;
            }
            users.changeOwnTimeZone(timeZone.getValue());
            Notifications.success("Times are now shown in " + timeZone.getValue().getId());
        });

        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        newPassword.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; a few unrelated words work well");
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changePassword.addClickListener(e -> {
            newPassword.setInvalid(false);
            currentPassword.setInvalid(false);
            if (!newPassword.getValue().equals(repeatPassword.getValue())) {
                repeatPassword.setInvalid(true);
                repeatPassword.setErrorMessage("The two new passwords differ");
                return;
            }
            repeatPassword.setInvalid(false);
            try {
                users.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
                currentPassword.clear();
                newPassword.clear();
                repeatPassword.clear();
                Notifications.success("Password changed");
            } catch (RuleViolationException rule) {
                var field = rule.getMessage().startsWith("Your current password") ? currentPassword : newPassword;
                field.setInvalid(true);
                field.setErrorMessage(rule.getMessage());
            }
        });

        var zoneForm = new FormLayout(timeZone, saveZone);
        var passwordForm = new FormLayout(currentPassword, newPassword, repeatPassword, changePassword);
        add(new H2("Time zone"), zoneForm, new H2("Password"), passwordForm);
        apiTokens = new ApiTokensSection(apiTokenService, me.timeZone());
        add(apiTokens);
    }
}

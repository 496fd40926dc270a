package org.parley.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.security.ApiTokenService;
import org.parley.security.PasswordPolicy;
import org.parley.security.UserService;
import org.parley.security.UserSummary;
import org.parley.shared.Messages;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.Languages;
import org.parley.shared.ui.Notifications;
import org.parley.shared.ui.ZoneField;

/** Every user's own settings: language, time zone, password and personal API tokens. */
@Route("profile")
@Menu(title = "security.profile.title", order = 95, icon = "vaadin:user")
@PermitAll
class ProfileView extends VerticalLayout implements HasDynamicTitle {

    final Select<Locale> language = new Select<>();
    final ZoneField timeZone = new ZoneField(getTranslation("security.profile.timeZone"));
    final PasswordField currentPassword = new PasswordField(getTranslation("security.profile.currentPassword"));
    final PasswordField newPassword = new PasswordField(getTranslation("security.profile.newPassword"));
    final PasswordField repeatPassword = new PasswordField(getTranslation("security.profile.repeatPassword"));
    final Button saveZone = new Button(getTranslation("security.profile.saveTimeZone"));
    final Button changePassword = new Button(getTranslation("security.profile.changePassword"));

    final ApiTokensSection apiTokens;

    ProfileView(UserService users, ApiTokenService apiTokenService) {
        addClassName("parley-page");
        UserSummary me = users.me();
        Locale locale = getLocale();
        add(
                new H2(me.displayName()),
                new Paragraph(getTranslation(
                        "security.profile.summary",
                        me.username(),
                        me.roles().stream()
                                .sorted()
                                .map(r -> Messages.label(locale, r))
                                .collect(Collectors.joining(", ")),
                        Messages.label(locale, me.clearance()))));

        // each language in its own name, so that someone who cannot read the current one still finds theirs
        language.setId("profile-language");
        language.setLabel(getTranslation("security.profile.language"));
        language.setItems(Messages.LANGUAGES);
        language.setItemLabelGenerator(Messages::ownName);
        language.setValue(Messages.supported(me.language()));
        language.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(e.getOldValue())) {
                users.changeOwnLanguage(e.getValue());
                Languages.switchTo(e.getValue());
                UI.getCurrent().refreshCurrentRoute(true);
            }
        });

        timeZone.setValue(me.timeZone());
        saveZone.addClickListener(e -> {
            if (timeZone.getValue() == null) {
                timeZone.setInvalid(true);
                timeZone.setErrorMessage(getTranslation("security.user.timeZoneRequired"));
                return;
            }
            users.changeOwnTimeZone(timeZone.getValue());
            Notifications.success(getTranslation(
                    "security.profile.timeZoneSaved", timeZone.getValue().getId()));
        });

        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        newPassword.setHelperText(getTranslation("security.password.help", PasswordPolicy.MIN_LENGTH));
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changePassword.addClickListener(e -> {
            newPassword.setInvalid(false);
            currentPassword.setInvalid(false);
            if (!newPassword.getValue().equals(repeatPassword.getValue())) {
                repeatPassword.setInvalid(true);
                repeatPassword.setErrorMessage(getTranslation("security.profile.passwordsDiffer"));
                return;
            }
            repeatPassword.setInvalid(false);
            try {
                users.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
                currentPassword.clear();
                newPassword.clear();
                repeatPassword.clear();
                Notifications.success(getTranslation("security.profile.passwordChanged"));
            } catch (RuleViolationException rule) {
                var field = UserService.CURRENT_PASSWORD_WRONG.equals(rule.key()) ? currentPassword : newPassword;
                field.setInvalid(true);
                field.setErrorMessage(rule.messageIn(getLocale()));
            }
        });

        var languageForm = new FormLayout(language);
        var zoneForm = new FormLayout(timeZone, saveZone);
        var passwordForm = new FormLayout(currentPassword, newPassword, repeatPassword, changePassword);
        add(
                new H2(getTranslation("security.profile.languageHeading")),
                languageForm,
                new H2(getTranslation("security.profile.timeZoneHeading")),
                zoneForm,
                new H2(getTranslation("security.profile.passwordHeading")),
                passwordForm);
        apiTokens = new ApiTokensSection(apiTokenService, me.timeZone());
        add(apiTokens);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.profile.title");
    }
}

package org.parley.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.security.ApiAccess;
import org.parley.security.ApiTokenService;
import org.parley.security.ApiTokenSummary;
import org.parley.security.NewApiToken;
import org.parley.shared.Messages;
import org.parley.shared.RuleViolationException;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.Notifications;

/**
 * The profile page's personal API tokens (docs/0011-http-api.md): create one, see it once, list and revoke them.
 * A token lives in the security feature beside passwords, so the profile page needs no extension point for it.
 */
class ApiTokensSection extends VerticalLayout {

    static final int DEFAULT_DAYS = 90;

    final TextField name = new TextField(getTranslation("security.token.name"));
    final DatePicker expires = new DatePicker(getTranslation("security.token.expiresOn"));
    final RadioButtonGroup<ApiAccess> access = new RadioButtonGroup<>(getTranslation("security.token.access"));
    final Button create = new Button(getTranslation("security.token.create"));
    final TextField shownOnce = new TextField(getTranslation("security.token.yourNewToken"));
    final Button copy = new Button(getTranslation("security.token.copy"));
    final HorizontalLayout newToken = new HorizontalLayout(shownOnce, copy);
    final Grid<ApiTokenSummary> tokens = new Grid<>();

    private final ApiTokenService service;
    private final ZoneId zone;

    ApiTokensSection(ApiTokenService service, ZoneId zone) {
        this.service = service;
        this.zone = zone;
        setPadding(false);
        LocalDate today = LocalDate.now(zone);

        name.setMaxLength(ApiTokenService.NAME_MAX_LENGTH);
        name.setHelperText(getTranslation("security.token.nameHelp"));
        expires.setValue(today.plusDays(DEFAULT_DAYS));
        expires.setMin(today.plusDays(1));
        expires.setHelperText(getTranslation("security.token.expiresHelp", zone.getId()));
        access.setItems(ApiAccess.values());
        access.setItemLabelGenerator(a -> Messages.label(getLocale(), a));
        access.setValue(ApiAccess.READ_ONLY);
        create.addClickListener(e -> create());

        shownOnce.setReadOnly(true);
        shownOnce.setWidth("42em");
        shownOnce.setHelperText(getTranslation("security.token.shownOnceHelp"));
        // the token goes to the browser as a parameter, never pasted into the script text
        copy.addClickListener(
                e -> UI.getCurrent().getPage().executeJs("navigator.clipboard.writeText($0)", shownOnce.getValue()));
        newToken.setAlignItems(Alignment.BASELINE);
        newToken.setVisible(false);

        Locale locale = getLocale();
        tokens.addColumn(ApiTokenSummary::name).setHeader(getTranslation("security.token.column.name"));
        tokens.addColumn(t -> Messages.label(locale, t.access())).setHeader(getTranslation("security.token.access"));
        tokens.addColumn(t -> TimeLabels.dayAndTime(t.createdAt(), zone, locale))
                .setHeader(getTranslation("security.token.column.created"));
        tokens.addColumn(t -> TimeLabels.dayAndTime(t.expiresAt(), zone, locale))
                .setHeader(getTranslation("security.token.column.expires"));
        tokens.addColumn(t -> t.lastUsedAt() == null
                        ? getTranslation("security.token.neverUsed")
                        : TimeLabels.dayAndTime(t.lastUsedAt(), zone, locale))
                .setHeader(getTranslation("security.token.column.lastUsed"));
        tokens.addColumn(t -> state(t)).setHeader(getTranslation("security.token.column.state"));
        tokens.addComponentColumn(t -> {
                    var revoke = new Button(getTranslation("security.token.revoke"), e -> revoke(t));
                    revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                    revoke.setEnabled(!t.revoked());
                    return revoke;
                })
                .setHeader("");
        tokens.setAllRowsVisible(true);
        refresh();

        add(
                new H2(getTranslation("security.token.heading")),
                new Paragraph(getTranslation("security.token.intro")),
                new FormLayout(name, expires, access, create),
                newToken,
                tokens);
    }

    private void create() {
        name.setInvalid(false);
        expires.setInvalid(false);
        if (expires.getValue() == null) {
            expires.setInvalid(true);
            expires.setErrorMessage(getTranslation("security.token.expiryRequired"));
            return;
        }
        Instant expiresAt = expires.getValue().atStartOfDay(zone).toInstant();
        try {
            NewApiToken created = service.create(name.getValue(), expiresAt, access.getValue());
            shownOnce.setValue(created.token());
            newToken.setVisible(true);
            name.clear();
            refresh();
            Notifications.success(getTranslation("security.token.created"));
        } catch (RuleViolationException rule) {
            boolean aboutTheName = ApiTokenService.TOKEN_NAME_MISSING.equals(rule.key())
                    || ApiTokenService.TOKEN_NAME_TOO_LONG.equals(rule.key());
            var field = aboutTheName ? name : expires;
            field.setInvalid(true);
            field.setErrorMessage(rule.messageIn(getLocale()));
        }
    }

    private void revoke(ApiTokenSummary token) {
        service.revoke(token.id());
        refresh();
        Notifications.success(getTranslation("security.token.revoked", token.name()));
    }

    private String state(ApiTokenSummary token) {
        if (token.revoked()) {
            return getTranslation("security.token.state.revoked");
        }
        return getTranslation(
                token.usableAt(Instant.now()) ? "security.token.state.active" : "security.token.state.expired");
    }

    /** One user's tokens are few; the list is bounded by what a person creates by hand. */
    private void refresh() {
        tokens.setItems(service.mine());
    }

    @Nullable
    String shownToken() {
        return newToken.isVisible() ? shownOnce.getValue() : null;
    }
}

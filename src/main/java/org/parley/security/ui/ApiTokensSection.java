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
import org.jspecify.annotations.Nullable;
import org.parley.security.ApiAccess;
import org.parley.security.ApiTokenService;
import org.parley.security.ApiTokenSummary;
import org.parley.security.NewApiToken;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.Notifications;
import org.parley.shared.TimeLabels;

/**
 * The profile page's personal API tokens (docs/0011-http-api.md): create one, see it once, list and revoke them.
 * A token lives in the security feature beside passwords, so the profile page needs no extension point for it.
 */
class ApiTokensSection extends VerticalLayout {

    static final int DEFAULT_DAYS = 90;

    final TextField name = new TextField("Token name");
    final DatePicker expires = new DatePicker("Expires on");
    final RadioButtonGroup<ApiAccess> access = new RadioButtonGroup<>("Access");
    final Button create = new Button("Create token");
    final TextField shownOnce = new TextField("Your new token");
    final Button copy = new Button("Copy");
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
        name.setHelperText("What uses it, e.g. \"travel office\"");
        expires.setValue(today.plusDays(DEFAULT_DAYS));
        expires.setMin(today.plusDays(1));
        expires.setHelperText("At midnight at the start of that day (" + zone.getId() + ")");
        access.setItems(ApiAccess.values());
        access.setItemLabelGenerator(ApiAccess::label);
        access.setValue(ApiAccess.READ_ONLY);
        create.addClickListener(e -> create());

        shownOnce.setReadOnly(true);
        shownOnce.setWidth("42em");
        shownOnce.setHelperText("Copy it now: Parley keeps only a fingerprint and cannot show it again");
        // the token goes to the browser as a parameter, never pasted into the script text
        copy.addClickListener(e -> UI.getCurrent().getPage().executeJs("navigator.clipboard.writeText($0)",
                shownOnce.getValue()));
        newToken.setAlignItems(Alignment.BASELINE);
        newToken.setVisible(false);

        tokens.addColumn(ApiTokenSummary::name).setHeader("Name");
        tokens.addColumn(t -> t.access().label()).setHeader("Access");
        tokens.addColumn(t -> TimeLabels.dayAndTime(t.createdAt(), zone)).setHeader("Created");
        tokens.addColumn(t -> TimeLabels.dayAndTime(t.expiresAt(), zone)).setHeader("Expires");
        tokens.addColumn(t -> t.lastUsedAt() == null ? "never" : TimeLabels.dayAndTime(t.lastUsedAt(), zone)).setHeader("Last used");
        tokens.addColumn(t -> state(t)).setHeader("State");
        tokens.addComponentColumn(t -> {
            var revoke = new Button("Revoke", e -> revoke(t));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setEnabled(!t.revoked());
            return revoke;
        }).setHeader("");
        tokens.setAllRowsVisible(true);
        refresh();

        add(new H2("API tokens"), new Paragraph("Other systems and scripts use Parley's API at /api/v1 with a "
                + "token, acting with your roles and clearance. Revoke a token you no longer need."),
                new FormLayout(name, expires, access, create), newToken, tokens);
    }

    private void create() {
        name.setInvalid(false);
        expires.setInvalid(false);
        if (expires.getValue() == null) {
            expires.setInvalid(true);
            expires.setErrorMessage("Choose the day it expires");
            return;
        }
        Instant expiresAt = expires.getValue().atStartOfDay(zone).toInstant();
        try {
            NewApiToken created = service.create(name.getValue(), expiresAt, access.getValue());
            shownOnce.setValue(created.token());
            newToken.setVisible(true);
            name.clear();
            refresh();
            Notifications.success("Token created: copy it now, it is shown only once");
        } catch (RuleViolationException rule) {
            var field = rule.getMessage().contains("name") ? name : null;
            if (field != null) {
                field.setInvalid(true);
                field.setErrorMessage(rule.getMessage());
            } else {
                expires.setInvalid(true);
                expires.setErrorMessage(rule.getMessage());
            }
        }
    }

    private void revoke(ApiTokenSummary token) {
        service.revoke(token.id());
        refresh();
        Notifications.success("Token \u201c" + token.name() + "\u201d revoked");
    }

    private static String state(ApiTokenSummary token) {
        if (token.revoked()) {
            return "Revoked";
        }
        return token.usableAt(Instant.now()) ? "Active" : "Expired";
    }

    /** One user's tokens are few; the list is bounded by what a person creates by hand. */
    private void refresh() {
        tokens.setItems(service.mine());
    }

    @Nullable String shownToken() {
        return newToken.isVisible() ? shownOnce.getValue() : null;
    }
}

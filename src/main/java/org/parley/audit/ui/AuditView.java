package org.parley.audit.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.audit.AuditEntrySummary;
import org.parley.audit.AuditFilter;
import org.parley.audit.AuditService;
import org.parley.audit.AuditVerification;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.shared.AuditActions;
import org.parley.shared.Messages;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.Notifications;

/** Administrators read the audit log, filter it, check that it is intact and export it as CSV. */
@Route("admin/audit")
@Menu(title = "audit.title", order = 92, icon = "vaadin:records")
@RolesAllowed(Role.ADMIN_ROLE)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    /** The prefix of each action's name on screen (key {@code audit.actions.<CODE>}); the log and its CSV keep the codes. */
    static final String ACTION_LABEL = "audit.actions.";

    final TextField actor = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEntrySummary> grid = new Grid<>(AuditEntrySummary.class, false);
    final Button verify = new Button(getTranslation("audit.verify"), VaadinIcon.CHECK_CIRCLE_O.create());
    final Anchor export;
    final Paragraph verification = new Paragraph();

    private final ZoneId zone;
    // the download runs outside the UI lock, so it reads a snapshot of the filter rather than the fields
    private volatile AuditFilter filter = AuditFilter.none();

    AuditView(AuditService audit, CurrentUser currentUser) {
        this.zone = currentUser.require().timeZone();
        addClassName("parley-page");
        setSizeFull();

        actor.setPlaceholder(getTranslation("audit.actor.placeholder"));
        actor.setAriaLabel(getTranslation("audit.actor"));
        actor.setClearButtonVisible(true);
        actor.setPrefixComponent(VaadinIcon.USER.create());
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.addValueChangeListener(e -> filterChanged());

        action.setPlaceholder(getTranslation("audit.action.any"));
        action.setAriaLabel(getTranslation("audit.action"));
        action.setItems(AuditActions.KNOWN);
        action.setItemLabelGenerator(code -> label(code, getLocale()));
        action.setClearButtonVisible(true);
        // features may log actions added after this list; let the administrator type one
        action.setAllowCustomValue(true);
        action.addCustomValueSetListener(e ->
                action.setValue(e.getDetail().trim().toUpperCase(Locale.ROOT).replace(' ', '_')));
        action.addValueChangeListener(e -> filterChanged());
        action.setWidth("16rem");

        from.setPlaceholder(getTranslation("audit.from"));
        from.setAriaLabel(getTranslation("audit.from.date"));
        from.setClearButtonVisible(true);
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            filterChanged();
        });
        to.setPlaceholder(getTranslation("audit.to"));
        to.setAriaLabel(getTranslation("audit.to.date"));
        to.setClearButtonVisible(true);
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            filterChanged();
        });

        grid.addColumn(e -> TimeLabels.dayAndSeconds(e.occurredAt(), zone, getLocale()))
                .setHeader(getTranslation("audit.time", zone.getId()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntrySummary::actor)
                .setHeader(getTranslation("audit.actor"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> label(e.action(), getLocale()))
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTooltipGenerator(AuditEntrySummary::action);
        grid.addColumn(AuditEntrySummary::target)
                .setHeader(getTranslation("audit.target"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntrySummary::details)
                .setHeader(getTranslation("audit.details"))
                .setFlexGrow(1)
                .setTooltipGenerator(AuditEntrySummary::details);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(query -> audit.find(filter, toSpringPageRequest(query)).stream());
        grid.setSizeFull();

        verify.addClickListener(e -> showVerification(audit.verify()));
        verification.setId("audit-verification");
        verification.setVisible(false);

        export = new Anchor(
                (DownloadEvent event) -> {
                    event.setFileName("parley-audit-log.csv");
                    event.setContentType("text/csv; charset=UTF-8");
                    try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                        audit.exportCsv(filter, out);
                    }
                },
                AttachmentType.DOWNLOAD,
                getTranslation("audit.export"));

        var filters = new HorizontalLayout(actor, action, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        var actions = new HorizontalLayout(verify, export);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        var toolbar = new HorizontalLayout(filters, actions);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(toolbar, verification, grid);
    }

    private void filterChanged() {
        filter = new AuditFilter(
                blankToNull(actor.getValue()),
                blankToNull(action.getValue()),
                from.getValue() == null
                        ? null
                        : from.getValue().atStartOfDay(zone).toInstant(),
                // "to" names the last day shown, so the range ends when the next day begins
                to.getValue() == null
                        ? null
                        : to.getValue().plusDays(1).atStartOfDay(zone).toInstant());
        grid.getDataProvider().refreshAll();
    }

    private void showVerification(AuditVerification result) {
        verification.setText(result.explanation());
        verification.setClassName("parley-success", result.intact());
        verification.setClassName("parley-error", !result.intact());
        verification.setVisible(true);
        if (result.intact()) {
            Notifications.success(getTranslation("audit.verified.intact"));
        } else {
            Notifications.error(getTranslation("audit.verified.broken", result.explanation()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }

    /**
     * "Signed in" for SIGN_IN_SUCCEEDED, in the reader's language; an action logged by a newer feature without a text
     * of its own reads "Some action" for SOME_ACTION.
     */
    static String label(String action, Locale locale) {
        if (Messages.has(ACTION_LABEL + action)) {
            return Messages.get(locale, ACTION_LABEL + action);
        }
        String words = action.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.audit.AuditEntrySummary;
import org.parley.audit.AuditFilter;
import org.parley.audit.AuditService;
import org.parley.audit.AuditVerification;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.shared.AuditActions;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.Notifications;

/** Administrators read the audit log, filter it, check that it is intact and export it as CSV. */
@Route("admin/audit")
@PageTitle("Audit log")
@Menu(title = "Audit log", order = 92, icon = "vaadin:records")
@RolesAllowed(Role.ADMIN_ROLE)
class AuditView extends VerticalLayout {

    /** What each action is called on screen; the log and its CSV export keep the codes. */
    static final Map<String, String> ACTION_LABELS = Map.ofEntries(
            Map.entry(AuditActions.SIGN_IN_SUCCEEDED, "Signed in"),
            Map.entry(AuditActions.SIGN_IN_FAILED, "Sign-in failed"),
            Map.entry(AuditActions.SIGN_IN_REFUSED, "Sign-in refused"),
            Map.entry(AuditActions.USERNAME_LOCKED, "Username locked"),
            Map.entry(AuditActions.USER_CREATED, "User created"),
            Map.entry(AuditActions.USER_DISABLED, "User disabled"),
            Map.entry(AuditActions.USER_ENABLED, "User enabled"),
            Map.entry(AuditActions.ROLES_CHANGED, "Roles changed"),
            Map.entry(AuditActions.CLEARANCE_CHANGED, "Clearance changed"),
            Map.entry(AuditActions.PASSWORD_RESET, "Password reset"),
            Map.entry(AuditActions.PASSWORD_CHANGED, "Password changed"),
            Map.entry(AuditActions.USER_UNLOCKED, "User unlocked"),
            Map.entry(AuditActions.MEETING_SUBMITTED, "Meeting submitted"),
            Map.entry(AuditActions.MEETING_APPROVED, "Meeting approved"),
            Map.entry(AuditActions.MEETING_REJECTED, "Meeting rejected"),
            Map.entry(AuditActions.MEETING_CANCELLED, "Meeting cancelled"),
            Map.entry(AuditActions.DECISION_REFUSED, "Approval or rejection refused"),
            Map.entry(AuditActions.FEED_CREATED, "Calendar feed created"),
            Map.entry(AuditActions.FEED_ROTATED, "Calendar feed given a new address"),
            Map.entry(AuditActions.FEED_REVOKED, "Calendar feed deleted"),
            Map.entry(AuditActions.API_TOKEN_CREATED, "API token created"),
            Map.entry(AuditActions.API_TOKEN_REVOKED, "API token revoked"),
            Map.entry(AuditActions.DATABASE_BACKED_UP, "Database backed up"),
            Map.entry(AuditActions.ACCOUNT_LINKED, "Account linked to a person"),
            Map.entry(AuditActions.ACCOUNT_UNLINKED, "Account unlinked from its person"),
            Map.entry(AuditActions.ANSWER_RECORDED, "Answer to an invitation recorded"),
            Map.entry(AuditActions.TIME_PROPOSED, "Another time proposed"),
            Map.entry(AuditActions.TIME_PROPOSAL_ACCEPTED, "Proposed time taken"),
            Map.entry(AuditActions.TIME_PROPOSAL_DECLINED, "Proposed time declined"));

    final TextField actor = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEntrySummary> grid = new Grid<>(AuditEntrySummary.class, false);
    final Button verify = new Button("Verify chain", VaadinIcon.CHECK_CIRCLE_O.create());
    final Anchor export;
    final Paragraph verification = new Paragraph();

    private final ZoneId zone;
    // the download runs outside the UI lock, so it reads a snapshot of the filter rather than the fields
    private volatile AuditFilter filter = AuditFilter.none();

    AuditView(AuditService audit, CurrentUser currentUser) {
        this.zone = currentUser.require().timeZone();
        addClassName("parley-page");
        setSizeFull();

        actor.setPlaceholder("Actor (username or its beginning)");
        actor.setAriaLabel("Actor");
        actor.setClearButtonVisible(true);
        actor.setPrefixComponent(VaadinIcon.USER.create());
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.addValueChangeListener(e -> filterChanged());

        action.setPlaceholder("Any action");
        action.setAriaLabel("Action");
        action.setItems(AuditActions.KNOWN);
        action.setItemLabelGenerator(AuditView::label);
        action.setClearButtonVisible(true);
        // features may log actions added after this list; let the administrator type one
        action.setAllowCustomValue(true);
        action.addCustomValueSetListener(e ->
                action.setValue(e.getDetail().trim().toUpperCase(Locale.ROOT).replace(' ', '_')));
        action.addValueChangeListener(e -> filterChanged());
        action.setWidth("16rem");

        from.setPlaceholder("From");
        from.setAriaLabel("From date");
        from.setClearButtonVisible(true);
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            filterChanged();
        });
        to.setPlaceholder("To");
        to.setAriaLabel("To date");
        to.setClearButtonVisible(true);
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            filterChanged();
        });

        grid.addColumn(e -> TimeLabels.dayAndSeconds(e.occurredAt(), zone))
                .setHeader("Time (" + zone.getId() + ")")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntrySummary::actor)
                .setHeader("Actor")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> label(e.action()))
                .setHeader("Action")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTooltipGenerator(AuditEntrySummary::action);
        grid.addColumn(AuditEntrySummary::target)
                .setHeader("Target")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntrySummary::details)
                .setHeader("Details")
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
                "Export CSV");

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
            Notifications.success("The audit log is intact");
        } else {
            Notifications.error("The audit log has been tampered with: " + result.explanation());
        }
    }

    /** "Signed in" for SIGN_IN_SUCCEEDED; an action logged by a newer feature reads "Some action" for SOME_ACTION. */
    static String label(String action) {
        String known = ACTION_LABELS.get(action);
        if (known != null) {
            return known;
        }
        String words = action.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package org.parley.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.ParleyTest;
import org.parley.audit.AuditEntrySummary;
import org.parley.shared.AuditActions;
import org.parley.shared.AuditableEvent;
import org.parley.shared.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class AuditViewTest extends SpringBrowserlessTest {

    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    ApplicationEventPublisher events;

    record Published(String actor, String action, String target, String details) implements AuditableEvent {}

    @Test
    @WithUserDetails("admin")
    void an_administrator_narrows_the_log_by_actor_and_action() {
        String actor = probeActor();
        events.publishEvent(new Published(actor, AuditActions.USER_CREATED, "someone", "roles VIEWER"));
        events.publishEvent(new Published(actor, AuditActions.ROLES_CHANGED, "someone", "VIEWER → PLANNER"));
        events.publishEvent(new Published(actor, AuditActions.ROLES_CHANGED, "someone", "PLANNER → APPROVER"));
        AuditView view = navigate(AuditView.class);
        Grid<AuditEntrySummary> grid = view.grid;
        int everything = test(grid).size();

        test(view.actor).setValue(actor.toUpperCase());
        assertThat(test(grid).size()).isEqualTo(3).isLessThan(everything);

        test(view.action).selectItem("Roles changed");

        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0).details()).isEqualTo("PLANNER → APPROVER");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(actor);
        assertThat(test(grid).getCellText(0, 2)).as("a label, not the code").isEqualTo("Roles changed");
        assertThat(test(grid).getCellText(0, 0))
                .as("written as times are everywhere, to the second")
                .matches("[A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}:\\d{2}");
    }

    @Test
    void every_action_written_to_the_log_is_offered_in_the_filter() throws IllegalAccessException {
        var written = new java.util.ArrayList<String>();
        for (var field : AuditActions.class.getFields()) {
            // an action's code is its constant's name; the actors' names (system, anonymous) are not actions
            if (field.getType() == String.class && field.getName().equals(field.get(null))) {
                written.add((String) field.get(null));
            }
        }
        assertThat(AuditActions.KNOWN).containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void every_known_action_has_a_label_in_words() {
        assertThat(AuditActions.KNOWN)
                .allSatisfy(action -> assertThat(Messages.has(AuditView.ACTION_LABEL + action))
                        .as(action)
                        .isTrue());
        assertThat(AuditView.label(AuditActions.SIGN_IN_SUCCEEDED, Locale.ENGLISH))
                .isEqualTo("Signed in");
        assertThat(AuditView.label(AuditActions.DECISION_REFUSED, Locale.ENGLISH))
                .isEqualTo("Approval or rejection refused");
        assertThat(AuditView.label(AuditActions.MEETING_APPROVED, Locale.of("ru")))
                .isEqualTo("Встреча утверждена");
    }

    @Test
    @WithUserDetails("admin")
    void an_action_missing_from_the_list_can_be_typed_into_the_filter() {
        String actor = probeActor();
        events.publishEvent(new Published(actor, "PROBE_TYPED", "", ""));
        events.publishEvent(new Published(actor, AuditActions.USER_CREATED, "", ""));
        AuditView view = navigate(AuditView.class);
        test(view.actor).setValue(actor);

        ComponentUtil.fireEvent(view.action, new CustomValueSetEvent<>(view.action, true, " probe_typed "));

        assertThat(view.action.getValue()).isEqualTo("PROBE_TYPED");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).action()).isEqualTo("PROBE_TYPED");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Probe typed");
    }

    @Test
    @WithUserDetails("admin")
    void the_verify_button_reports_an_intact_log() {
        AuditView view = navigate(AuditView.class);

        test(view.verify).click();

        assertThat(view.verification.isVisible()).isTrue();
        assertThat(view.verification.getText()).contains("intact");
        assertThat(view.verification.hasClassName("parley-success")).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void the_export_link_downloads_the_filtered_log_as_csv() throws Exception {
        String actor = probeActor();
        events.publishEvent(new Published(actor, AuditActions.USER_CREATED, "someone", "roles VIEWER"));
        events.publishEvent(new Published(actor, AuditActions.USER_DISABLED, "someone", ""));
        AuditView view = navigate(AuditView.class);
        test(view.actor).setValue(actor);
        test(view.action).selectItem("User disabled");

        var response = new MockHttpServletResponse();
        download(view.export, response);

        assertThat(response.getHeader("Content-Disposition"))
                .contains("attachment")
                .contains("parley-audit-log.csv");
        assertThat(response.getContentType()).startsWith("text/csv");
        String[] lines = response.getContentAsString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("id,occurred_at_utc,actor,action,target,details,hash");
        assertThat(lines[1]).contains("," + actor + ",USER_DISABLED,someone,");
    }

    /** Runs the link's download handler as the browser's request for its address would. */
    private static void download(Anchor link, MockHttpServletResponse response) throws IOException {
        VaadinSession session = VaadinSession.getCurrent();
        var resource = (StreamResourceRegistry.ElementStreamResource) session.getResourceRegistry()
                .getResource(URI.create(link.getHref()))
                .orElseThrow();
        var service = (VaadinServletService) session.getService();
        resource.getElementRequestHandler()
                .handleRequest(
                        new VaadinServletRequest(new MockHttpServletRequest(), service),
                        new VaadinServletResponse(response, service),
                        session,
                        resource.getOwner());
    }

    private static String probeActor() {
        return "view-probe-" + counter.incrementAndGet() + "-" + System.nanoTime();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_opening_the_audit_route_is_refused() {
        UI.getCurrent().navigate("admin/audit");

        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
        assertThat($(Grid.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("approver")
    void an_approver_opening_the_audit_route_is_refused() {
        UI.getCurrent().navigate("admin/audit");

        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
    }
}

package org.parley.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.parley.ParleyTest;
import org.parley.security.ui.LoginView;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role sees exactly its navigation entries; what a role may not open is not offered. */
@ParleyTest
class NavigationByRoleTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_sign_in() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        UI.getCurrent().navigate("admin/users");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_sees_the_reading_entries_only() {
        assertThat(navigationOf())
                .containsExactly(
                        "Dashboard",
                        "Meetings",
                        "Calendar",
                        "Action items",
                        "People",
                        "Venues",
                        "Calendar feeds",
                        "Profile");
    }

    @Test
    @WithUserDetails("planner")
    void a_planner_sees_the_planning_entries() {
        assertThat(navigationOf())
                .containsExactly(
                        "Dashboard",
                        "Meetings",
                        "Calendar",
                        "Action items",
                        "Notes verbales",
                        "People",
                        "Venues",
                        "Calendar feeds",
                        "Replies not applied",
                        "Profile");
    }

    @Test
    @WithUserDetails("approver")
    void an_approver_sees_the_approval_entries() {
        assertThat(navigationOf())
                .containsExactly(
                        "Dashboard",
                        "Meetings",
                        "Calendar",
                        "Approvals",
                        "Action items",
                        "Notes verbales",
                        "People",
                        "Venues",
                        "Calendar feeds",
                        "Profile");
    }

    @Test
    @WithUserDetails("senior")
    void a_senior_approver_sees_the_approval_entries() {
        assertThat(navigationOf())
                .containsExactly(
                        "Dashboard",
                        "Meetings",
                        "Calendar",
                        "Approvals",
                        "Action items",
                        "Notes verbales",
                        "People",
                        "Venues",
                        "Calendar feeds",
                        "Profile");
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_also_sees_user_administration_and_the_audit_log() {
        assertThat(navigationOf())
                .containsExactly(
                        "Dashboard",
                        "Meetings",
                        "Calendar",
                        "Action items",
                        "People",
                        "Venues",
                        "Calendar feeds",
                        "Users",
                        "Audit log",
                        "Protocol ranks",
                        "Profile");
    }

    @Test
    @WithUserDetails("planner")
    void the_header_shows_the_signed_in_user_and_sign_out() {
        UI.getCurrent().navigate("");
        assertThat(test($(com.vaadin.flow.component.html.Span.class).id("signed-in-user"))
                        .getText())
                .isEqualTo("Paula Planner");
        assertThat($(com.vaadin.flow.component.button.Button.class)
                        .id("sign-out")
                        .isVisible())
                .isTrue();
    }

    private java.util.List<String> navigationOf() {
        UI.getCurrent().navigate("");
        return $(MainLayout.class).single().navigationTitles();
    }
}

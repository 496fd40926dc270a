package org.parley.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.parley.ParleyTest;
import org.parley.security.UserSummary;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class UsersViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("viewer")
    void a_viewer_opening_the_users_route_is_refused() {
        UI.getCurrent().navigate("admin/users");

        assertThat(getCurrentView()).isInstanceOf(org.parley.shared.ui.RouteNotFoundView.class);
        assertThat($(Grid.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("approver")
    void an_approver_opening_the_users_route_is_refused() {
        UI.getCurrent().navigate("admin/users");

        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void an_administrator_lists_and_filters_users() {
        UsersView view = navigate(UsersView.class);
        Grid<UserSummary> grid = view.grid;
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(7);

        test(view.filter).setValue("Sofia");

        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).username()).isEqualTo("senior");
        assertThat(view.status(test(grid).getRow(0))).isEqualTo("Active");
    }

    @Test
    @WithUserDetails("admin")
    void the_new_user_dialog_explains_what_is_missing() {
        UsersView view = navigate(UsersView.class);
        test(view.newUser).click();
        UserDialog dialog = (UserDialog) $(Dialog.class).single();

        test(dialog.save).click();

        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo("Enter a username");
        assertThat(dialog.displayName.getErrorMessage()).isEqualTo("Enter the name to display");
        assertThat(dialog.isOpened()).isTrue();
    }
}

package org.parley.security.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.stream.Collectors;
import org.parley.security.Role;
import org.parley.security.AccountPeople;
import org.parley.security.UserId;
import org.parley.security.UserService;
import org.parley.security.UserSummary;

/** Administrators manage users: roles, clearance, time zone, enabled, password and lock. */
@Route("admin/users")
@PageTitle("Users")
@Menu(title = "Users", order = 90, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_ROLE)
class UsersView extends VerticalLayout {

    final TextField filter = new TextField();
    final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    final Button newUser = new Button("New user", VaadinIcon.PLUS.create());
    private final transient UserService users;
    private final transient Clock clock;

    /** Each shown account's person in the directory, filled page by page (docs/0025). */
    private final java.util.Map<UserId, String> people = new java.util.concurrent.ConcurrentHashMap<>();

    UsersView(UserService users, AccountPeople accountPeople, Clock clock) {
        this.users = users;
        this.clock = clock;
        addClassName("parley-page");
        setSizeFull();

        filter.setPlaceholder("Filter by name, username or e-mail");
        filter.setClearButtonVisible(true);
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("24rem");
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.addClickListener(e -> UserDialog.forNewUser(users, this::refresh).open());

        grid.addColumn(UserSummary::username).setHeader("Username").setAutoWidth(true).setSortable(true)
                .setSortProperty("username");
        grid.addColumn(UserSummary::displayName).setHeader("Name").setAutoWidth(true).setSortable(true)
                .setSortProperty("displayName");
        grid.addColumn(u -> u.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Roles").setFlexGrow(1);
        grid.addColumn(u -> u.clearance().label()).setHeader("Clearance").setAutoWidth(true);
        grid.addColumn(u -> u.timeZone().getId()).setHeader("Time zone").setAutoWidth(true);
        grid.addColumn(this::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(u -> people.getOrDefault(u.id(), "")).setHeader(getTranslation("participation.link.person"))
                .setAutoWidth(true).setKey("person");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> {
            var page = users.list(filter.getValue(), toSpringPageRequest(query)).getContent();
            people.putAll(accountPeople.namesOf(page.stream().map(UserSummary::id).toList()));
            return page.stream();
        });
        grid.addItemClickListener(e -> UserDialog.forExistingUser(users, e.getItem(), clock, this::refresh).open());
        grid.setSizeFull();

        var toolbar = new HorizontalLayout(filter, newUser);
        toolbar.setWidthFull();
        toolbar.expand(filter);
        add(toolbar, grid);
    }

    String status(UserSummary user) {
        if (!user.enabled()) {
            return "Disabled";
        }
        return user.locked(clock.instant()) ? "Locked" : "Active";
    }

    private void refresh() {
        people.clear();
        grid.getDataProvider().refreshAll();
    }
}

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.security.AccountPeople;
import org.parley.security.Role;
import org.parley.security.UserId;
import org.parley.security.UserService;
import org.parley.security.UserSummary;
import org.parley.shared.LanguageSettings;
import org.parley.shared.Messages;
import org.parley.shared.ui.GridRows;

/** Administrators manage users: roles, clearance, time zone, enabled, password and lock. */
@Route("admin/users")
@Menu(title = "security.users.title", order = 90, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_ROLE)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    final TextField filter = new TextField();
    final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    final Button newUser = new Button(getTranslation("security.users.newUser"), VaadinIcon.PLUS.create());
    private final transient UserService users;
    private final transient Clock clock;
    private final transient LanguageSettings languages;

    /** Each shown account's person in the directory, filled page by page (docs/0025). */
    private final java.util.Map<UserId, String> people = new java.util.concurrent.ConcurrentHashMap<>();

    UsersView(UserService users, AccountPeople accountPeople, Clock clock, LanguageSettings languages) {
        this.languages = languages;
        this.users = users;
        this.clock = clock;
        addClassName("parley-page");
        setSizeFull();

        filter.setPlaceholder(getTranslation("security.users.filter"));
        filter.setAriaLabel(getTranslation("security.users.filter"));
        filter.setClearButtonVisible(true);
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("24rem");
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.addClickListener(e -> UserDialog.forNewUser(users, languages.defaultLocale(), this::refresh)
                .open());

        Locale locale = getLocale();
        grid.addColumn(UserSummary::username)
                .setHeader(getTranslation("security.user.username"))
                .setAutoWidth(true)
                .setSortable(true)
                .setSortProperty("username");
        grid.addColumn(UserSummary::displayName)
                .setHeader(getTranslation("security.user.displayName"))
                .setAutoWidth(true)
                .setSortable(true)
                .setSortProperty("displayName");
        grid.addColumn(u -> u.roles().stream()
                        .sorted()
                        .map(r -> Messages.label(locale, r))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("security.user.roles"))
                .setFlexGrow(1);
        grid.addColumn(u -> Messages.label(locale, u.clearance()))
                .setHeader(getTranslation("security.user.clearance"))
                .setAutoWidth(true);
        grid.addColumn(u -> u.timeZone().getId())
                .setHeader(getTranslation("security.user.timeZone"))
                .setAutoWidth(true);
        grid.addColumn(u -> Messages.ownName(Messages.supported(u.language())))
                .setHeader(getTranslation("security.user.language"))
                .setAutoWidth(true);
        grid.addColumn(this::status)
                .setHeader(getTranslation("security.users.status"))
                .setAutoWidth(true);
        grid.addColumn(u -> people.getOrDefault(u.id(), ""))
                .setHeader(getTranslation("participation.link.person"))
                .setAutoWidth(true)
                .setKey("person");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> {
            var page = users.list(filter.getValue(), toSpringPageRequest(query)).getContent();
            people.putAll(
                    accountPeople.namesOf(page.stream().map(UserSummary::id).toList()));
            return page.stream();
        });
        GridRows.openOnClickOrEnter(
                grid,
                user -> UserDialog.forExistingUser(users, user, clock, this::refresh)
                        .open());
        grid.setSizeFull();

        var toolbar = new HorizontalLayout(filter, newUser);
        toolbar.setWidthFull();
        toolbar.expand(filter);
        add(toolbar, grid);
    }

    String status(UserSummary user) {
        if (!user.enabled()) {
            return getTranslation("security.users.status.disabled");
        }
        return getTranslation(
                user.locked(clock.instant()) ? "security.users.status.locked" : "security.users.status.active");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.users.title");
    }

    private void refresh() {
        people.clear();
        grid.getDataProvider().refreshAll();
    }
}

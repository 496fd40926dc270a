package org.parley.directory.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonFilter;
import org.parley.protocol.ProtocolService;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.security.UserService;
import org.parley.shared.WorkingDays;
import org.parley.shared.ui.CountryField;
import org.parley.shared.ui.GridRows;

/** The people in the directory, searched in the database; planners and administrators maintain them. */
@Route("people")
@Menu(title = "directory.people.title", order = 40, icon = "vaadin:user-card")
@PermitAll
class PeopleView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final CountryField country = new CountryField(getTranslation("directory.country"));
    final Checkbox includeInactive = new Checkbox(getTranslation("directory.people.includeInactive"));
    final Grid<Person> grid = new Grid<>(Person.class, false);
    final Button newPerson = new Button(getTranslation("directory.people.new"), VaadinIcon.PLUS.create());

    PeopleView(PeopleService people, ProtocolService protocol, UserService users, CurrentUser currentUser) {
        addClassName("parley-page");
        setSizeFull();
        boolean administrator = currentUser.require().hasRole(Role.ADMIN);
        boolean mayEdit = currentUser.require().hasRole(Role.PLANNER) || administrator;

        search.setLabel(getTranslation("directory.search"));
        search.setPlaceholder(getTranslation("directory.people.searchPlaceholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.addValueChangeListener(e -> refresh());
        country.addValueChangeListener(e -> refresh());
        includeInactive.addValueChangeListener(e -> refresh());
        newPerson.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newPerson.setVisible(mayEdit);
        newPerson.addClickListener(
                e -> new PersonDialog(people, protocol, users, administrator, null, this::refresh).open());

        grid.addColumn(p -> p.originalName() == null ? p.fullName() : p.fullName() + " (" + p.originalName() + ")")
                .setHeader(getTranslation("directory.name"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.title() == null ? "" : p.title())
                .setHeader(getTranslation("directory.people.titleColumn"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.organisation() == null ? "" : p.organisation())
                .setHeader(getTranslation("directory.people.organisation"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.country().displayName(getLocale()))
                .setHeader(getTranslation("directory.country"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.homeZone().getId())
                .setHeader(getTranslation("directory.people.homeZone"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.workdayStart() + "\u2013" + p.workdayEnd() + ", "
                        + WorkingDays.label(p.workingDays(), getLocale()))
                .setHeader(getTranslation("directory.people.workingHours"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.active() ? "" : getTranslation("directory.people.inactive"))
                .setHeader(getTranslation("directory.people.status"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(query -> people
                .find(
                        new PersonFilter(search.getValue(), country.getValue(), includeInactive.getValue()),
                        toSpringPageRequest(query))
                .stream());
        grid.setEmptyStateText(getTranslation("directory.people.empty"));
        grid.setSizeFull();
        if (mayEdit) {
            GridRows.openOnClickOrEnter(
                    grid,
                    person -> new PersonDialog(people, protocol, users, administrator, person, this::refresh).open());
        }

        var toolbar = new HorizontalLayout(search, country, includeInactive, newPerson);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(search);
        add(toolbar, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.people.title");
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}

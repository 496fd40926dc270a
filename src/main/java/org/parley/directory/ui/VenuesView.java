package org.parley.directory.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.stream.Collectors;
import org.parley.directory.Room;
import org.parley.directory.Venue;
import org.parley.directory.VenueService;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.shared.ui.GridRows;

/** Venues and their rooms. */
@Route("venues")
@Menu(title = "directory.venues.title", order = 45, icon = "vaadin:building")
@PermitAll
class VenuesView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<Venue> grid = new Grid<>(Venue.class, false);
    final Button newVenue = new Button(getTranslation("directory.venues.new"), VaadinIcon.PLUS.create());

    VenuesView(VenueService venues, CurrentUser currentUser) {
        addClassName("parley-page");
        setSizeFull();
        boolean mayEdit = currentUser.require().hasRole(Role.PLANNER)
                || currentUser.require().hasRole(Role.ADMIN);
        search.setLabel(getTranslation("directory.search"));
        search.setPlaceholder(getTranslation("directory.venues.searchPlaceholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        newVenue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newVenue.setVisible(mayEdit);
        newVenue.addClickListener(
                e -> new VenueDialog(venues, null, () -> grid.getDataProvider().refreshAll()).open());

        grid.addColumn(Venue::name).setHeader(getTranslation("directory.name")).setFlexGrow(2);
        grid.addColumn(v -> v.city() == null ? "" : v.city())
                .setHeader(getTranslation("directory.venue.city"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.country().displayName(getLocale()))
                .setHeader(getTranslation("directory.country"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.timeZone().getId())
                .setHeader(getTranslation("directory.venue.timeZone"))
                .setAutoWidth(true);
        grid.addColumn(Venue::capacity)
                .setHeader(getTranslation("directory.venue.capacity"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.rooms().stream().map(Room::name).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("directory.venue.rooms"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(query -> venues.find(search.getValue(), toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        if (mayEdit) {
            GridRows.openOnClickOrEnter(
                    grid,
                    venue -> new VenueDialog(
                                    venues, venue, () -> grid.getDataProvider().refreshAll())
                            .open());
        }
        var toolbar = new HorizontalLayout(search, newVenue);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(search);
        add(toolbar, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.venues.title");
    }
}

package org.parley.followup.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import org.parley.directory.PeopleService;
import org.parley.followup.ActionFilter;
import org.parley.followup.ActionStatus;
import org.parley.followup.FollowUpService;
import org.parley.followup.Outcome;
import org.parley.meeting.ui.MeetingsNavigation;
import org.parley.security.CurrentUser;

/** Every action item the user may see, soonest due first; overdue ones stand out. */
@Route("actions")
@PageTitle("Action items")
@Menu(title = "Action items", order = 30, icon = "vaadin:tasks")
@PermitAll
class ActionsView extends VerticalLayout {

    final TextField owner = new TextField("Owner");
    final Select<ActionStatus> status = new Select<>();
    final DatePicker dueFrom = new DatePicker("Due from");
    final DatePicker dueTo = new DatePicker("Due to");
    final Checkbox assignedToMe = new Checkbox();
    final Grid<Outcome> grid = new Grid<>(Outcome.class, false);

    ActionsView(FollowUpService followUps, PeopleService people, CurrentUser currentUser, Clock clock) {
        addClassName("parley-page");
        setSizeFull();
        LocalDate today = LocalDate.now(clock.withZone(currentUser.require().timeZone()));
        owner.setValueChangeMode(ValueChangeMode.LAZY);
        owner.setClearButtonVisible(true);
        owner.setPlaceholder("Name");
        status.setLabel("Status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");
        status.setValue(ActionStatus.OPEN);
        owner.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        dueFrom.addValueChangeListener(e -> refresh());
        dueTo.addValueChangeListener(e -> refresh());
        assignedToMe.setLabel(getTranslation("participation.actions.assignedToMe"));
        assignedToMe.setId("actions-assigned-to-me");
        // without a linked person only the items owned as a Parley user are mine (docs/0025)
        assignedToMe.setHelperText(getTranslation(
                people.myPerson().isPresent()
                        ? "participation.actions.assignedToMe.linked"
                        : "participation.actions.assignedToMe.notLinked"));
        assignedToMe.addValueChangeListener(e -> refresh());

        grid.addColumn(o -> o.due() == null ? "" : o.due().toString())
                .setHeader("Due")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Outcome::text).setHeader("Action").setFlexGrow(3);
        grid.addColumn(OutcomesSection::owner).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(o -> o.overdue(today) ? "Overdue" : o.status().label())
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addComponentColumn(o -> MeetingsNavigation.link(o.meeting(), o.meetingTitle()))
                .setHeader("Meeting")
                .setFlexGrow(2);
        grid.setPartNameGenerator(o -> o.overdue(today) ? "overdue" : null);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> followUps
                .actionItems(
                        new ActionFilter(
                                owner.getValue(),
                                status.getValue(),
                                dueFrom.getValue(),
                                dueTo.getValue(),
                                assignedToMe.getValue()),
                        toSpringPageRequest(query))
                .stream());
        grid.setEmptyStateText("No action items match.");
        grid.setSizeFull();
        var filters = new HorizontalLayout(owner, status, dueFrom, dueTo, assignedToMe);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(filters, grid);
        expand(grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}

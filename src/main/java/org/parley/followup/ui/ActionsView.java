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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
import org.parley.shared.Messages;
import org.parley.shared.TimeLabels;

/** Every action item the user may see, soonest due first; overdue ones stand out. */
@Route("actions")
@Menu(title = "followup.actions.title", order = 30, icon = "vaadin:tasks")
@PermitAll
class ActionsView extends VerticalLayout implements HasDynamicTitle {

    final TextField owner = new TextField(getTranslation("followup.actions.owner"));
    final Select<ActionStatus> status = new Select<>();
    final DatePicker dueFrom = new DatePicker(getTranslation("followup.actions.dueFrom"));
    final DatePicker dueTo = new DatePicker(getTranslation("followup.actions.dueTo"));
    final Checkbox assignedToMe = new Checkbox();
    final Grid<Outcome> grid = new Grid<>(Outcome.class, false);

    ActionsView(FollowUpService followUps, PeopleService people, CurrentUser currentUser, Clock clock) {
        addClassName("parley-page");
        setSizeFull();
        LocalDate today = LocalDate.now(clock.withZone(currentUser.require().timeZone()));
        owner.setValueChangeMode(ValueChangeMode.LAZY);
        owner.setClearButtonVisible(true);
        owner.setPlaceholder(getTranslation("followup.actions.ownerPlaceholder"));
        status.setLabel(getTranslation("followup.actions.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("followup.actions.any") : Messages.label(getLocale(), s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("followup.actions.any"));
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

        grid.addColumn(o -> o.due() == null ? "" : TimeLabels.day(o.due(), getLocale()))
                .setHeader(getTranslation("followup.actions.due"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Outcome::text)
                .setHeader(getTranslation("followup.actions.action"))
                .setFlexGrow(3);
        grid.addColumn(o -> OutcomesSection.owner(o, getLocale()))
                .setHeader(getTranslation("followup.actions.owner"))
                .setAutoWidth(true);
        grid.addColumn(o -> o.overdue(today)
                        ? getTranslation("followup.actions.overdue")
                        : Messages.label(getLocale(), o.status()))
                .setHeader(getTranslation("followup.actions.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(o -> MeetingsNavigation.link(o.meeting(), o.meetingTitle()))
                .setHeader(getTranslation("followup.actions.meeting"))
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
        grid.setEmptyStateText(getTranslation("followup.actions.empty"));
        grid.setSizeFull();
        var filters = new HorizontalLayout(owner, status, dueFrom, dueTo, assignedToMe);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(filters, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.actions.title");
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}

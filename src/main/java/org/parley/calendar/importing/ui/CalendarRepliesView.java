package org.parley.calendar.importing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.parley.calendar.importing.CalendarReply;
import org.parley.calendar.importing.CalendarReplyService;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.shared.TimeLabels;

/**
 * The replies from calendar programs that could not be applied (docs/0026): a planner follows each up by hand, e.g.
 * a participant who answered from another address than the directory's.
 */
@Route("calendar/replies")
@Menu(title = "participation.replies.title", order = 56, icon = "vaadin:envelope-open-o")
@RolesAllowed(Role.PLANNER_ROLE)
class CalendarRepliesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CalendarReply> grid = new Grid<>(CalendarReply.class, false);

    CalendarRepliesView(CalendarReplyService replies, CurrentUser currentUser) {
        addClassName("parley-page");
        setSizeFull();
        var zone = currentUser.require().timeZone();
        grid.addColumn(r -> TimeLabels.dayAndTime(r.receivedAt(), zone, getLocale()))
                .setHeader(getTranslation("participation.replies.received"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.sender() == null ? "" : r.sender())
                .setHeader(getTranslation("participation.replies.sender"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.subject() == null ? "" : r.subject())
                .setHeader(getTranslation("participation.replies.subject"))
                .setFlexGrow(1);
        grid.addColumn(r -> getTranslation(
                        "participation.replies.outcome." + r.outcome().name()))
                .setHeader(getTranslation("participation.replies.outcome"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.detail() == null ? "" : r.detail())
                .setHeader(getTranslation("participation.replies.detail"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(query -> replies.notApplied(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        add(new Paragraph(getTranslation("participation.replies.intro")), grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participation.replies.title");
    }
}

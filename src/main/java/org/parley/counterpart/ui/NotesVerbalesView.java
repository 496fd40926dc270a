package org.parley.counterpart.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.IntStream;
import org.parley.counterpart.NoteDirection;
import org.parley.counterpart.NoteFile;
import org.parley.counterpart.NoteVerbaleEntry;
import org.parley.counterpart.NoteVerbaleService;
import org.parley.counterpart.NoteVerbaleSettings;
import org.parley.meeting.MeetingService;
import org.parley.meeting.ui.MeetingsNavigation;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.shared.Messages;
import org.parley.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;

/** The register of notes verbales (docs/0033): newest first, by year and direction, fetched a page at a time. */
@Route("notes-verbales")
@Menu(title = "counterpart.register.title", order = 35, icon = "vaadin:envelopes")
@RolesAllowed({Role.PLANNER_ROLE, Role.APPROVER_ROLE, Role.SENIOR_APPROVER_ROLE})
class NotesVerbalesView extends VerticalLayout implements HasDynamicTitle {

    final Select<Integer> year = new Select<>();
    final Select<NoteDirection> direction = new Select<>();
    final Grid<NoteVerbaleEntry> grid = new Grid<>();
    final Button record = new Button();

    NotesVerbalesView(
            NoteVerbaleService notes,
            MeetingService meetings,
            NoteVerbaleSettings settings,
            CurrentUser currentUser,
            Clock clock) {
        setSizeFull();
        int thisYear = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();

        year.setLabel(getTranslation("counterpart.register.year"));
        year.setItems(
                IntStream.rangeClosed(0, 10).map(i -> thisYear - i).boxed().toList());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("counterpart.register.allYears"));
        year.setValue(thisYear);
        year.setId("register-year");
        direction.setLabel(getTranslation("counterpart.register.direction"));
        direction.setItems(NoteDirection.values());
        direction.setItemLabelGenerator(d -> d == null ? "" : Messages.label(getLocale(), d));
        direction.setEmptySelectionAllowed(true);
        direction.setEmptySelectionCaption(getTranslation("counterpart.register.bothDirections"));
        direction.setId("register-direction");

        record.setText(getTranslation("counterpart.register.record"));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("record-note");
        record.setVisible(currentUser.require().hasRole(Role.PLANNER));
        record.addClickListener(e ->
                new NoteVerbaleDialog(notes, meetings, settings, clock, grid.getDataProvider()::refreshAll).open());

        grid.addColumn(n -> n.reference(getLocale()))
                .setHeader(getTranslation("counterpart.register.reference"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(n -> Messages.label(getLocale(), n.direction()))
                .setHeader(getTranslation("counterpart.register.direction"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(n -> n.dated()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                .withLocale(getLocale())))
                .setHeader(getTranslation("counterpart.register.dated"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(n -> n.counterpart().displayName(getLocale()))
                .setHeader(getTranslation("counterpart.register.counterpart"))
                .setAutoWidth(true);
        grid.addColumn(NoteVerbaleEntry::subject)
                .setHeader(getTranslation("counterpart.register.subject"))
                .setFlexGrow(3);
        grid.addColumn(n -> Messages.label(getLocale(), n.classification()))
                .setHeader(getTranslation("counterpart.register.classification"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(n -> {
                    var links = new HorizontalLayout();
                    links.setSpacing(true);
                    n.meetings()
                            .forEach(m -> links.add(MeetingsNavigation.link(
                                    m, getTranslation("counterpart.register.meeting", String.valueOf(m.value())))));
                    return links;
                })
                .setHeader(getTranslation("counterpart.register.meetings"))
                .setAutoWidth(true);
        grid.addComponentColumn(n -> n.fileName() == null ? new Span() : download(notes, n))
                .setHeader(getTranslation("counterpart.register.file"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("counterpart.register.empty"));
        grid.setItems(query -> notes
                .find(year.getValue(), direction.getValue(), null, PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        grid.setId("register-grid");
        year.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        direction.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var filters = new HorizontalLayout(year, direction, record);
        filters.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("counterpart.register.title")), filters, grid);
        expand(grid);
    }

    /** The note's PDF, read as the signed-in user when clicked: a note now above their clearance gives 404. */
    private Anchor download(NoteVerbaleService notes, NoteVerbaleEntry entry) {
        var anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    try {
                        NoteFile file = notes.file(entry.id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(file.content()),
                                file.fileName(),
                                "application/pdf",
                                file.content().length);
                    } catch (NotFoundException hidden) {
                        return DownloadResponse.error(com.vaadin.flow.server.HttpStatusCode.NOT_FOUND);
                    }
                }),
                entry.fileName() == null ? "" : entry.fileName());
        anchor.setId("note-file-" + entry.id().value());
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counterpart.register.title");
    }
}

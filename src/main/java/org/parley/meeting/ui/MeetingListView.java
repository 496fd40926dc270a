package org.parley.meeting.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.AnswerSummary;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MeetingSummary;
import org.parley.meeting.Tier;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.Messages;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.CountryField;
import org.parley.shared.ui.GridRows;
import org.parley.shared.ui.MeetingListAction;
import org.parley.shared.ui.ZoneField;
import org.springframework.beans.factory.ObjectProvider;

/** Every meeting the user may see, paged and filtered in the database, in the viewer's time zone by default. */
@Route("meetings")
@Menu(title = "meeting.list.title", order = 10, icon = "vaadin:calendar-briefcase")
@PermitAll
class MeetingListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField text = new TextField();
    final Select<MeetingKind> kind = new Select<>();
    final Select<Tier> tier = new Select<>();
    final Select<MeetingStatus> status = new Select<>();
    final Select<Classification> classification = new Select<>();
    final CountryField country = new CountryField(getTranslation("meeting.field.country"));
    final DatePicker from = new DatePicker(getTranslation("meeting.list.from"));
    final DatePicker to = new DatePicker(getTranslation("meeting.list.to"));
    final ZoneField zone = new ZoneField(getTranslation("meeting.field.timesIn"));
    final Grid<MeetingSummary> grid = new Grid<>(MeetingSummary.class, false);
    final Button newMeeting = new Button(getTranslation("meeting.editor.newTitle"), VaadinIcon.PLUS.create());

    private final transient MeetingService meetings;
    private final LocalDate today;
    private final ZoneId viewerZone;
    /** Set while the fields take the address's values, so that they do not write the address back meanwhile. */
    private boolean restoring;
    /** The first row in view, as the browser last reported it. */
    private int firstRow;

    /** The answers of the meetings the grid has fetched, by meeting; refetched pages replace their entries. */
    private final Map<MeetingId, AnswerSummary> answers = new java.util.concurrent.ConcurrentHashMap<>();

    MeetingListView(
            MeetingService meetings, CurrentUser currentUser, Clock clock, ObjectProvider<MeetingListAction> actions) {
        this.meetings = meetings;
        this.viewerZone = currentUser.require().timeZone();
        this.today = LocalDate.now(clock.withZone(viewerZone));
        addClassName("parley-page");
        setSizeFull();
        text.setLabel(getTranslation("meeting.list.search"));
        text.setPlaceholder(getTranslation("meeting.list.searchHint"));
        text.setHelperText(getTranslation("meeting.list.searchHelp"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        optional(kind, getTranslation("meeting.field.kind"), MeetingKind.values());
        optional(tier, getTranslation("meeting.field.tier"), Tier.values());
        optional(status, getTranslation("meeting.field.status"), MeetingStatus.values());
        optional(classification, getTranslation("meeting.field.classification"), Classification.values());
        zone.setHelperText(getTranslation("meeting.field.yourZoneByDefault"));
        // the list opens at today, what is coming rather than what was three months ago, unless the address says
        // otherwise (beforeEnter)
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);

        grid.addColumn(m -> TimeLabels.dayAndTime(m.start(), displayZone(), getLocale()))
                .setHeader(getTranslation("meeting.editor.start"))
                .setSortable(true)
                .setSortProperty("start")
                .setKey("start")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(MeetingSummary::title)
                .setHeader(getTranslation("meeting.editor.title"))
                .setSortable(true)
                .setSortProperty("title")
                .setKey("title")
                .setFlexGrow(3);
        grid.addColumn(m -> Messages.label(getLocale(), m.kind()))
                .setHeader(getTranslation("meeting.field.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(m -> Badges.status(m.status(), getLocale()))
                .setHeader(getTranslation("meeting.field.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(m -> Badges.classification(m.classification(), getLocale()))
                .setHeader(getTranslation("meeting.field.classification"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        // the venue's city ("Geneva"); a call without a venue is where its zone is named after
        grid.addColumn(m -> m.city() != null ? m.city() : TimeLabels.place(m.timeZone()))
                .setHeader(getTranslation("meeting.page.where"))
                .setAutoWidth(true);
        grid.addColumn(m ->
                        m.countries().stream().map(CountryCode::code).distinct().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("meeting.section.delegations"))
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.START);
        // the answers to the invitation, counted for the page the grid fetches (docs/0025)
        grid.addColumn(m -> answersText(answers.get(m.id())))
                .setHeader(getTranslation("participation.list.answers"))
                .setKey("answers")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("meeting.list.empty"));
        grid.setItems(query -> {
            var page = meetings.find(filter(), toSpringPageRequest(query)).getContent();
            answers.putAll(
                    meetings.answers(page.stream().map(MeetingSummary::id).toList()));
            return page.stream();
        });
        grid.addSortListener(e -> {
            if (!restoring) {
                toTheTop();
            }
            remember();
        });
        // only the browser knows how far the list is scrolled: it reports the first row in view (the grid's own
        // _firstVisibleIndex, as in Vaadin's cookbook) once scrolling stops. The grid draws its scroller after this
        // static script first runs, so the script waits for it a frame at a time.
        grid.getElement().executeJs("""
                        const grid = this;
                        let pause;
                        const listen = () => {
                          if (!grid.$ || !grid.$.table) {
                            requestAnimationFrame(listen);
                            return;
                          }
                          grid.$.table.addEventListener('scroll', () => {
                            clearTimeout(pause);
                            pause = setTimeout(() => $0.$server.scrolledTo(grid._firstVisibleIndex || 0), 300);
                          });
                        };
                        listen();""", getElement());
        GridRows.openOnClickOrEnter(grid, m -> MeetingsNavigation.toMeeting(m.id()));

        newMeeting.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newMeeting.setVisible(currentUser.require().hasRole(Role.PLANNER));
        newMeeting.addClickListener(e -> MeetingsNavigation.toNewMeeting());

        text.addValueChangeListener(e -> filterChanged());
        kind.addValueChangeListener(e -> filterChanged());
        tier.addValueChangeListener(e -> filterChanged());
        status.addValueChangeListener(e -> filterChanged());
        classification.addValueChangeListener(e -> filterChanged());
        country.addValueChangeListener(e -> filterChanged());
        from.addValueChangeListener(e -> filterChanged());
        to.addValueChangeListener(e -> filterChanged());
        zone.addValueChangeListener(e -> filterChanged());
        show(MeetingListState.opening(today, viewerZone));

        var filters = new FlexLayout(text, kind, tier, status, classification, country, from, to, zone, newMeeting);
        // what features built on meetings offer here (importing an invitation), without this one knowing them
        actions.orderedStream()
                .sorted(java.util.Comparator.comparingInt(MeetingListAction::order))
                .forEach(action -> action.create().ifPresent(filters::add));
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("parley-filters");
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        add(filters, grid);
        expand(grid);
    }

    MeetingFilter filter() {
        ZoneId zoneId = displayZone();
        Instant fromInstant = from.getValue() == null
                ? null
                : from.getValue().atStartOfDay(zoneId).toInstant();
        Instant toInstant = to.getValue() == null
                ? null
                : to.getValue().plusDays(1).atStartOfDay(zoneId).toInstant();
        return new MeetingFilter(
                text.getValue(),
                kind.getValue(),
                tier.getValue(),
                status.getValue(),
                fromInstant,
                toInstant,
                country.getValue(),
                classification.getValue());
    }

    private ZoneId displayZone() {
        return zone.getValue() == null ? ZoneId.of("UTC") : zone.getValue();
    }

    /** The address's filters, or today's list when it has none: Back, a reload and a shared link show the same. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(MeetingListState.read(event.getLocation().getQueryParameters().getParameters(), today, viewerZone));
    }

    private void show(MeetingListState state) {
        restoring = true;
        try {
            text.setValue(state.text());
            kind.setValue(state.kind());
            tier.setValue(state.tier());
            status.setValue(state.status());
            classification.setValue(state.classification());
            country.setValue(state.country());
            from.setValue(state.from());
            to.setValue(state.to());
            zone.setValue(state.zone());
            grid.sort(List.of(new GridSortOrder<>(
                    grid.getColumnByKey(state.sort()),
                    state.ascending() ? SortDirection.ASCENDING : SortDirection.DESCENDING)));
        } finally {
            restoring = false;
        }
        refresh();
        firstRow = state.row();
        if (firstRow > 0) {
            // after Back the grid may not know its size or have its height yet and would ignore the scroll: it is
            // asked again every 100 ms until the row is in view (10 s at most)
            grid.getElement().executeJs("""
                            const grid = this;
                            const restore = (tries) => {
                              if (grid.$ && grid.size > $0 && grid.$.table.clientHeight > 0) {
                                if (Math.abs((grid._firstVisibleIndex || 0) - $0) <= 1) {
                                  return;
                                }
                                grid.scrollToIndex($0);
                              }
                              if (tries > 0) {
                                setTimeout(() => restore(tries - 1), 100);
                              }
                            };
                            restore(100);""", firstRow);
        }
    }

    /** The browser scrolled the list: the address keeps the first row in view, for Back, a reload or a link. */
    @ClientCallable
    void scrolledTo(int row) {
        firstRow = Math.max(0, row);
        remember();
    }

    /** Other filters or another order show other rows: the list starts again at its top. */
    private void toTheTop() {
        firstRow = 0;
        grid.scrollToStart();
    }

    /** The list as it stands, as its address says it. */
    MeetingListState state() {
        GridSortOrder<MeetingSummary> order =
                grid.getSortOrder().isEmpty() ? null : grid.getSortOrder().getFirst();
        String sort = order == null || order.getSorted().getKey() == null
                ? "start"
                : order.getSorted().getKey();
        return new MeetingListState(
                text.getValue(),
                kind.getValue(),
                tier.getValue(),
                status.getValue(),
                classification.getValue(),
                country.getValue(),
                from.getValue(),
                to.getValue(),
                displayZone(),
                sort,
                order == null || order.getDirection() == SortDirection.ASCENDING,
                firstRow);
    }

    private void filterChanged() {
        if (!restoring) {
            toTheTop();
            remember();
            refresh();
        }
    }

    /** Writes the list's state into the address in place, so that the browser's history keeps it. */
    private void remember() {
        if (!restoring) {
            getUI().ifPresent(ui -> ui.getPage()
                    .getHistory()
                    .replaceState(
                            null,
                            new Location(
                                    RouteConfiguration.forSessionScope().getUrl(MeetingListView.class),
                                    QueryParameters.simple(state().write(today, viewerZone)))));
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private <T extends Enum<T>> void optional(Select<T> select, String label, T[] values) {
        select.setLabel(label);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("meeting.field.any"));
        select.setItems(values);
        select.setItemLabelGenerator(
                value -> value == null ? getTranslation("meeting.field.any") : Messages.label(getLocale(), value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.list.title");
    }

    String answersText(@Nullable AnswerSummary summary) {
        return summary == null || summary.participants() == 0
                ? ""
                : getTranslation(
                        "participation.list.answersShort",
                        summary.accepted(),
                        summary.participants(),
                        summary.declined(),
                        summary.noAnswer());
    }
}

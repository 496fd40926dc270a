package org.parley.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PeopleService;
import org.parley.directory.PersonId;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MeetingSummary;
import org.parley.security.CurrentUser;
import org.parley.shared.CountryCode;
import org.parley.shared.Messages;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.CountryField;
import org.parley.shared.ui.ZoneField;
import org.springframework.data.domain.Slice;

/**
 * The meetings the user may see as a month, a week or an agenda, in the viewer's time zone or any other. Each period
 * is loaded on its own from the database (at most {@link MeetingService#PERIOD_LIMIT} meetings) and laid onto local
 * dates by {@link CalendarDays}. Everything is built from plain elements and text, so user data is never HTML.
 */
@Route("calendar")
@Menu(title = "meeting.calendar.title", order = 15, icon = "vaadin:calendar")
@PermitAll
class CalendarView extends VerticalLayout implements HasDynamicTitle {

    /** A month cell shows this many meetings; the rest are a click away in the week. */
    static final int MONTH_CELL_LIMIT = 5;

    /** Month, week or agenda: radio buttons, as the choice has no tab panels (and axe finds vaadin-tabs lacking). */
    final RadioButtonGroup<CalendarMode> mode = new RadioButtonGroup<>();

    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button today = new Button(getTranslation("meeting.calendar.today"));
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final H2 periodTitle = new H2();
    final Select<MeetingKind> kind = new Select<>();
    final Select<MeetingStatus> status = new Select<>();
    final CountryField country = new CountryField(getTranslation("meeting.field.country"));
    final ZoneField zone = new ZoneField(getTranslation("meeting.field.timesIn"));
    final Checkbox onlyMine = new Checkbox();
    final Paragraph limitNote = new Paragraph();
    final Div body = new Div();

    private final transient MeetingService meetings;
    private final transient Clock clock;
    private final String username;
    private final @Nullable PersonId myPerson;
    /** The date the period is built around: today, or the first day of another period the user moved to. */
    private LocalDate anchor;

    CalendarPeriod period;

    /** The other sides still to confirm the meetings shown, by meeting (docs/0033). */
    private Map<MeetingId, List<CountryCode>> awaited = Map.of();

    CalendarView(MeetingService meetings, PeopleService people, CurrentUser currentUser, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
        this.username = currentUser.require().getUsername();
        this.myPerson = people.myPerson().orElse(null);
        addClassName("parley-page");
        addClassName("parley-calendar-page");
        setSizeFull();

        mode.setItems(CalendarMode.values());
        mode.setItemLabelGenerator(each -> getTranslation(each.key()));
        mode.setValue(CalendarMode.MONTH);
        mode.getElement().setAttribute("aria-label", getTranslation("meeting.calendar.modeLabel"));
        mode.setId("calendar-mode");

        previous.setId("calendar-previous");
        next.setId("calendar-next");
        today.setId("calendar-today");
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        periodTitle.setId("calendar-period");
        periodTitle.addClassName("parley-calendar-title");

        optional(kind, getTranslation("meeting.field.kind"), MeetingKind.values());
        optional(status, getTranslation("meeting.field.status"), MeetingStatus.values());
        zone.setValue(currentUser.require().timeZone());
        zone.setHelperText(getTranslation("meeting.field.yourZoneByDefault"));
        onlyMine.setLabel(getTranslation("participation.myMeetings.only"));
        onlyMine.setId("calendar-only-mine");
        // what "my meetings" means depends on whether the account is a person of the directory (docs/0025)
        onlyMine.setHelperText(getTranslation(
                myPerson == null
                        ? "participation.myMeetings.plannedOnly"
                        : "participation.myMeetings.plannedOrMember"));
        limitNote.setId("calendar-limit");
        limitNote.addClassName("parley-warning");
        limitNote.setVisible(false);
        body.setId("calendar-body");
        body.setWidthFull();

        anchor = LocalDate.now(clock.withZone(displayZone()));
        period = CalendarPeriod.containing(CalendarMode.MONTH, anchor, displayZone());

        mode.addValueChangeListener(e -> {
            period = CalendarPeriod.containing(selectedMode(), anchor, displayZone());
            refresh();
        });
        previous.addClickListener(e -> moveTo(period.previous()));
        next.addClickListener(e -> moveTo(period.next()));
        today.addClickListener(e -> {
            anchor = LocalDate.now(clock.withZone(displayZone()));
            period = CalendarPeriod.containing(period.mode(), anchor, displayZone());
            refresh();
        });
        kind.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        country.addValueChangeListener(e -> refresh());
        onlyMine.addValueChangeListener(e -> refresh());
        zone.addValueChangeListener(e -> {
            // the same dates, seen from the new zone: their bounds and which meetings fall on them change
            period = CalendarPeriod.containing(period.mode(), anchor, displayZone());
            refresh();
        });

        var navigation = new HorizontalLayout(previous, today, next, periodTitle);
        navigation.setAlignItems(Alignment.CENTER);
        navigation.setSpacing(false);
        navigation.addClassName("parley-calendar-navigation");
        var filters = new FlexLayout(kind, status, country, zone, onlyMine);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("parley-filters");
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        var top = new FlexLayout(mode, navigation);
        top.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        top.setAlignItems(Alignment.CENTER);
        top.getStyle().set("gap", "var(--lumo-space-m)");
        add(top, filters, limitNote, body, legend());
        refresh();
    }

    CalendarMode selectedMode() {
        CalendarMode selected = mode.getValue();
        return selected == null ? CalendarMode.MONTH : selected;
    }

    /** Shows the mode's period that contains the day; for "+ more" in a month cell and for tests. */
    void show(CalendarMode newMode, LocalDate day) {
        anchor = day;
        if (mode.getValue() == newMode) {
            period = CalendarPeriod.containing(newMode, anchor, displayZone());
            refresh();
        } else {
            mode.setValue(newMode); // the listener builds the period and refreshes
        }
    }

    private void moveTo(CalendarPeriod other) {
        LocalDate todayHere = LocalDate.now(clock.withZone(displayZone()));
        // back in the period of today, a switch from month to week should land on this week, not the first one
        anchor = other.contains(todayHere) ? todayHere : other.first();
        period = other;
        refresh();
    }

    MeetingFilter filter() {
        var filter =
                new MeetingFilter(null, kind.getValue(), null, status.getValue(), null, null, country.getValue(), null);
        return onlyMine.getValue() ? filter.mine(username, myPerson) : filter;
    }

    private ZoneId displayZone() {
        return zone.getValue() == null ? ZoneId.of("UTC") : zone.getValue();
    }

    private void refresh() {
        periodTitle.setText(period.title(getLocale()));
        boolean week = period.mode() == CalendarMode.WEEK;
        previous.setAriaLabel(
                getTranslation(week ? "meeting.calendar.previousWeek" : "meeting.calendar.previousMonth"));
        next.setAriaLabel(getTranslation(week ? "meeting.calendar.nextWeek" : "meeting.calendar.nextMonth"));
        Slice<MeetingSummary> found =
                meetings.inPeriod(filter(), period.from(), period.to(), MeetingService.PERIOD_LIMIT);
        limitNote.setVisible(found.hasNext());
        limitNote.setText(getTranslation("meeting.calendar.limit", MeetingService.PERIOD_LIMIT));
        Map<LocalDate, List<CalendarEntry>> byDay = CalendarDays.layOut(found.getContent(), period, getLocale());
        awaited = meetings.awaitingConfirmation(
                found.getContent().stream().map(MeetingSummary::id).toList());
        body.removeAll();
        body.add(
                switch (period.mode()) {
                    case MONTH -> month(byDay);
                    case WEEK -> week(byDay);
                    case AGENDA -> agenda(byDay);
                });
    }

    // --- the three ways to show a period ------------------------------------------------------------------------

    private Component month(Map<LocalDate, List<CalendarEntry>> byDay) {
        var grid = new Div();
        grid.addClassName("parley-calendar-month");
        for (DayOfWeek day : DayOfWeek.values()) {
            var header = new Div(TimeLabels.weekday(day, getLocale()));
            header.addClassName("parley-calendar-weekday");
            header.getElement().setAttribute("aria-hidden", "true");
            grid.add(header);
        }
        LocalDate todayHere = LocalDate.now(clock.withZone(displayZone()));
        for (LocalDate date : period.gridDays()) {
            var cell = new Div();
            cell.addClassName("parley-calendar-day");
            if (!period.contains(date)) {
                // the days of the neighbouring months only complete the weeks; their meetings are a click away
                cell.addClassName("parley-calendar-outside");
                cell.getElement().setAttribute("aria-hidden", "true");
                cell.add(dayNumber(date));
                grid.add(cell);
                continue;
            }
            // each day a named group of its meetings (a list would allow nothing but items: axe aria-required-children)
            cell.getElement().setAttribute("role", "group");
            cell.getElement().setAttribute("aria-label", TimeLabels.weekdayAndDate(date, getLocale()));
            if (date.equals(todayHere)) {
                cell.addClassName("parley-calendar-today");
            }
            cell.add(dayNumber(date));
            List<CalendarEntry> entries = byDay.getOrDefault(date, List.of());
            entries.stream().limit(MONTH_CELL_LIMIT).forEach(entry -> cell.add(chip(entry, false, false)));
            if (entries.size() > MONTH_CELL_LIMIT) {
                var more = new Button(
                        getTranslation("meeting.calendar.more", entries.size() - MONTH_CELL_LIMIT),
                        e -> show(CalendarMode.WEEK, date));
                more.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                more.addClassName("parley-calendar-more");
                cell.add(more);
            }
            grid.add(cell);
        }
        return grid;
    }

    /**
     * Seven columns on a time axis: each meeting within a day at its hours, side by side where they overlap; meetings
     * that run over from or into another day in a band above, with their part of the day. On a phone the columns
     * stack and the axis goes (styles.css).
     */
    private Component week(Map<LocalDate, List<CalendarEntry>> byDay) {
        var grid = new Div();
        grid.addClassName("parley-calendar-week");
        LocalDate todayHere = LocalDate.now(clock.withZone(displayZone()));
        WeekHours hours = WeekHours.of(byDay.values(), displayZone());
        grid.getStyle().set("--parley-hours", Integer.toString(hours.count()));

        var corner = new Div();
        corner.addClassName("parley-week-corner");
        var bandLabel = new Div(new Span(getTranslation("meeting.calendar.allDayBand")));
        bandLabel.addClassName("parley-week-band-label");
        var axis = new Div();
        axis.addClassName("parley-week-axis");
        axis.getElement().setAttribute("aria-hidden", "true");
        for (int hour = hours.first(); hour < hours.first() + hours.count(); hour++) {
            var label = new Span(TimeLabels.time(LocalTime.of(hour, 0), getLocale()));
            label.addClassName("parley-week-hour");
            axis.add(label);
        }
        grid.add(corner, bandLabel, axis);

        int day = 0;
        for (Map.Entry<LocalDate, List<CalendarEntry>> each : byDay.entrySet()) {
            LocalDate date = each.getKey();
            List<CalendarEntry> entries = each.getValue();
            var header = new H3(TimeLabels.shortDay(date, getLocale()));
            header.addClassNames("parley-calendar-column-title", "parley-week-header");

            var band = new Div();
            band.addClassName("parley-week-band");
            entries.stream()
                    .filter(e -> !WeekHours.withinTheDay(e))
                    .forEach(entry -> band.add(chip(entry, true, true)));

            var column = new Div();
            column.addClassNames("parley-calendar-day", "parley-week-column");
            column.getElement().setAttribute("role", "group");
            column.getElement().setAttribute("aria-label", TimeLabels.weekdayAndDate(date, getLocale()));
            if (entries.isEmpty()) {
                var free = new Span(getTranslation("meeting.calendar.noMeetings"));
                free.addClassNames("parley-muted", "parley-week-free");
                column.add(free);
            }
            List<CalendarEntry> timed =
                    entries.stream().filter(WeekHours::withinTheDay).toList();
            for (WeekHours.Placed placed : hours.place(timed)) {
                RouterLink chip = chip(placed.entry(), true, true);
                chip.addClassName("parley-week-timed");
                chip.getStyle()
                        .set("top", placed.top() + "%")
                        .set("height", placed.height() + "%")
                        .set("left", placed.left() + "%")
                        .set("width", placed.width() + "%");
                column.add(chip);
            }
            if (date.equals(todayHere)) {
                header.addClassName("parley-calendar-today");
                column.addClassName("parley-calendar-today");
            }
            // the grid places each day in its column; on a phone the days stack in order (styles.css)
            for (Component part : List.of(header, band, column)) {
                part.getElement()
                        .getStyle()
                        .set("grid-column", Integer.toString(day + 2))
                        .set("--parley-day", Integer.toString(day));
            }
            grid.add(header, band, column);
            day++;
        }
        return grid;
    }

    private Component agenda(Map<LocalDate, List<CalendarEntry>> byDay) {
        var list = new Div();
        list.addClassName("parley-calendar-agenda");
        byDay.forEach((date, entries) -> {
            if (entries.isEmpty()) {
                return;
            }
            var header = new H3(TimeLabels.longDay(date, getLocale()));
            header.addClassName("parley-agenda-day");
            list.add(header);
            for (CalendarEntry entry : entries) {
                // the badge says the status, so the chip does not say it a second time
                var row = new Div(
                        chip(entry, true, false),
                        Badges.status(entry.meeting().status(), getLocale()),
                        AwaitingConfirmation.label(awaited.get(entry.meeting().id()), getLocale()));
                row.addClassName("parley-agenda-row");
                list.add(row);
            }
        });
        if (list.getChildren().findAny().isEmpty()) {
            var none = new Paragraph(getTranslation("meeting.calendar.noMeetingsIn", period.title(getLocale())));
            none.addClassName("parley-muted");
            list.add(none);
        }
        return list;
    }

    // --- one meeting on one day ------------------------------------------------------------------------------------

    /**
     * A link to the meeting: its time that day and title, coloured by kind, marked by status. A detailed chip (week
     * and agenda) also gives the full time range, kind and place, and, with {@code statusNote}, a word for a
     * tentative or draft status (the agenda has a badge for the status instead).
     */
    RouterLink chip(CalendarEntry entry, boolean detailed, boolean statusNote) {
        MeetingSummary meeting = entry.meeting();
        var link = new RouterLink(MeetingPageView.class, meeting.id().value());
        link.addClassNames("parley-chip", "parley-kind-" + cssName(meeting.kind()));
        List<String> notes = new ArrayList<>();
        switch (meeting.status()) {
            case PENDING_APPROVAL -> {
                link.addClassName("parley-tentative");
                notes.add(getTranslation("meeting.calendar.tentative"));
            }
            case DRAFT -> {
                link.addClassName("parley-draft");
                notes.add(getTranslation("meeting.calendar.draft"));
            }
            case CANCELLED -> link.addClassName("parley-cancelled");
            case POSTPONED, REJECTED -> link.addClassName("parley-inactive");
            case APPROVED, COMPLETED -> {}
        }
        if (entry.nested()) {
            link.addClassName("parley-nested");
            link.add(marker("\u21b3"));
        }
        if (entry.startsEarlier()) {
            link.addClassName("parley-continued");
        }
        if (entry.endsLater()) {
            link.addClassName("parley-continues");
        }
        var time = new Span(detailed ? entry.time() : entry.shortTime());
        time.addClassName("parley-chip-time");
        var title = new Span(meeting.title());
        title.addClassName("parley-chip-title");
        link.add(time, title);
        if (detailed) {
            String where = meeting.city() != null ? meeting.city() : meeting.venueName();
            var details =
                    new Span(Messages.label(getLocale(), meeting.kind()) + (where == null ? "" : " \u00b7 " + where));
            details.addClassName("parley-chip-details");
            link.add(details);
        }
        // a month cell has room for the time and title only: there the border and italics mark the status
        (statusNote ? notes : List.<String>of()).forEach(note -> {
            var span = new Span(note);
            span.addClassName("parley-chip-note");
            link.add(span);
        });
        // one sentence for screen readers and the tooltip; a strike-through alone says nothing to either
        String description = meeting.title() + ", " + entry.time() + ", " + Messages.label(getLocale(), meeting.kind())
                + ", " + Messages.label(getLocale(), meeting.status());
        link.getElement().setAttribute("aria-label", description);
        link.getElement().setAttribute("title", description);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.calendar.title");
    }

    /** What the colours and the borders of the chips mean. */
    private Component legend() {
        var legend = new Div();
        legend.setId("calendar-legend");
        legend.addClassName("parley-calendar-legend");
        legend.getElement().setAttribute("aria-label", getTranslation("meeting.calendar.legend"));
        var statuses = new Div(new Span(getTranslation("meeting.calendar.legendStatus")));
        statuses.addClassName("parley-legend-row");
        statuses.add(
                sample(getTranslation("meeting.calendar.legendApproved"), ""),
                sample(getTranslation("meeting.calendar.legendTentative"), "parley-tentative"),
                sample(getTranslation("meeting.calendar.legendDraft"), "parley-draft"),
                sample(getTranslation("meeting.calendar.legendCancelled"), "parley-cancelled"),
                sample(getTranslation("meeting.calendar.legendInactive"), "parley-inactive"));
        var kinds = new Div(new Span(getTranslation("meeting.calendar.legendKind")));
        kinds.addClassName("parley-legend-row");
        for (MeetingKind each : MeetingKind.values()) {
            kinds.add(sample(Messages.label(getLocale(), each), "parley-kind-" + cssName(each)));
        }
        legend.add(statuses, kinds);
        return legend;
    }

    private static Span sample(String text, String className) {
        var sample = new Span(new Span(text));
        sample.addClassNames("parley-chip", "parley-legend-sample");
        if (!className.isEmpty()) {
            sample.addClassName(className);
        }
        sample.getChildren()
                .findFirst()
                .orElseThrow()
                .getElement()
                .getClassList()
                .add("parley-chip-title");
        return sample;
    }

    private static Span marker(String text) {
        var span = new Span(text);
        span.addClassName("parley-chip-marker");
        span.getElement().setAttribute("aria-hidden", "true");
        return span;
    }

    /** "sideline-meeting" for SIDELINE_MEETING: the CSS class suffix for the kind's colour. */
    static String cssName(MeetingKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Span dayNumber(LocalDate date) {
        var number = new Span(String.valueOf(date.getDayOfMonth()));
        number.addClassName("parley-calendar-date");
        return number;
    }

    private <T extends Enum<T>> void optional(Select<T> select, String label, T[] values) {
        select.setLabel(label);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("meeting.field.any"));
        select.setItems(values);
        select.setItemLabelGenerator(
                value -> value == null ? getTranslation("meeting.field.any") : Messages.label(getLocale(), value));
    }
}

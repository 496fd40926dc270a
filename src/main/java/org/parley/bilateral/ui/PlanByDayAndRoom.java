package org.parley.bilateral.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.bilateral.Bilateral;
import org.parley.bilateral.BilateralRoom;
import org.parley.directory.RoomId;
import org.parley.shared.TimeLabels;

/**
 * The plan as a table of days (rows) by bilateral rooms (columns), each cell listing its bilaterals in time order: the
 * page protocol prints and pins on the wall. A CSS grid of plain elements, so it reads in order without a grid widget.
 */
final class PlanByDayAndRoom {

    private PlanByDayAndRoom() {}

    static Div of(
            List<Bilateral> bilaterals,
            List<BilateralRoom> rooms,
            Instant conferenceStart,
            Instant conferenceEnd,
            ZoneId zone,
            Locale locale,
            String pinnedLabel) {
        Map<RoomId, String> columns = new LinkedHashMap<>();
        rooms.stream()
                .filter(BilateralRoom::setAside)
                .forEach(r -> columns.put(r.room().id(), r.room().name()));
        List<Bilateral> placed = bilaterals.stream()
                .filter(b -> b.slot() != null)
                .sorted(Comparator.comparing(b -> b.slot().start()))
                .toList();
        placed.forEach(b -> columns.putIfAbsent(b.slot().room(), b.slot().roomName()));

        var table = new Div();
        table.setId("bilateral-plan-grid");
        table.addClassName("parley-plan-grid");
        table.getStyle()
                .set("grid-template-columns", "auto repeat(" + Math.max(1, columns.size()) + ", minmax(9rem, 1fr))");
        table.add(cell("parley-plan-grid-corner", ""));
        columns.values().forEach(name -> table.add(cell("parley-plan-grid-room", name)));

        LocalDate last = LocalDate.ofInstant(conferenceEnd.minusNanos(1), zone);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.ofInstant(conferenceStart, zone); !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
        for (LocalDate day : days) {
            table.add(cell("parley-plan-grid-day", TimeLabels.day(day, locale)));
            for (RoomId room : columns.keySet()) {
                var slot = new Div();
                slot.addClassName("parley-plan-grid-cell");
                placed.stream()
                        .filter(b -> b.slot().room().equals(room)
                                && LocalDate.ofInstant(b.slot().start(), zone).equals(day))
                        .forEach(b -> slot.add(item(b, zone, locale, pinnedLabel)));
                table.add(slot);
            }
        }
        return table;
    }

    private static Div item(Bilateral b, ZoneId zone, Locale locale, String pinnedLabel) {
        var item = new Div();
        item.addClassName("parley-plan-grid-item");
        var when = new Span(TimeLabels.time(b.slot().start().atZone(zone).toLocalTime(), locale) + "\u2013"
                + TimeLabels.time(b.slot().end().atZone(zone).toLocalTime(), locale));
        when.addClassName("parley-muted");
        var who = new Span(
                b.counterpartName() + " (" + b.data().counterpartCountry().code() + ")");
        item.add(when, who);
        if (b.slot().pinned()) {
            var pinned = new Span(pinnedLabel);
            pinned.getElement().getThemeList().add("badge contrast small");
            item.add(pinned);
        }
        return item;
    }

    private static Div cell(String className, String text) {
        var cell = new Div(text);
        cell.addClassName(className);
        return cell;
    }
}

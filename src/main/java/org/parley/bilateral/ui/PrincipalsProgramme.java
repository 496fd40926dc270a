package org.parley.bilateral.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.bilateral.ProgrammeItem;
import org.parley.shared.TimeLabels;

/**
 * Our principal's own programme beside the plan: per day, in time order, the conference's sessions, their other
 * engagements and the placed bilaterals, so a planner sees the principal's day as the principal will live it.
 */
final class PrincipalsProgramme {

    private PrincipalsProgramme() {}

    /** Items in the order the service gives them: by principal, then by start. */
    static Div of(List<ProgrammeItem> items, ZoneId zone, Locale locale, Component translator) {
        var programme = new Div();
        programme.setId("bilateral-principals-programme");
        Map<String, Map<LocalDate, UnorderedList>> byPrincipal = new LinkedHashMap<>();
        for (ProgrammeItem item : items) {
            Map<LocalDate, UnorderedList> days = byPrincipal.computeIfAbsent(item.principal(), principal -> {
                programme.add(new H4(translator.getTranslation("bilateral.programme.title", principal)));
                return new LinkedHashMap<>();
            });
            LocalDate day = LocalDate.ofInstant(item.start(), zone);
            UnorderedList list = days.computeIfAbsent(day, d -> {
                var heading = new Div(TimeLabels.day(d, locale));
                heading.addClassName("parley-muted");
                var entries = new UnorderedList();
                programme.add(heading, entries);
                return entries;
            });
            var when = new Span(TimeLabels.time(item.start().atZone(zone).toLocalTime(), locale) + "\u2013"
                    + TimeLabels.time(item.end().atZone(zone).toLocalTime(), locale) + " ");
            list.add(new ListItem(when, new Span(what(item, translator))));
        }
        return programme;
    }

    private static String what(ProgrammeItem item, Component translator) {
        return switch (item.kind()) {
            case SESSION -> translator.getTranslation("bilateral.programme.session", item.title());
            case ENGAGEMENT -> translator.getTranslation("bilateral.programme.engagement");
            case BILATERAL -> translator.getTranslation("bilateral.programme.bilateral", item.title());
        };
    }
}

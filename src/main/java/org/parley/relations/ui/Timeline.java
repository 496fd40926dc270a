package org.parley.relations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.relations.TimelineEntry;
import org.parley.shared.Messages;

/** A question's timeline, or its last movement, in the reader's language and time zone. */
final class Timeline {

    private Timeline() {}

    static Component of(List<TimelineEntry> entries, Locale locale, ZoneId zone) {
        var list = new UnorderedList();
        list.addClassName("parley-question-timeline");
        list.setId("question-timeline");
        for (TimelineEntry entry : entries) {
            var when = new Span(when(entry, locale, zone) + " \u00b7 " + entry.actor() + " \u2014 ");
            when.addClassName("parley-muted");
            var what = new Span(describe(entry, locale));
            what.getElement().setAttribute("dir", "auto");
            list.add(new ListItem(when, what));
        }
        return list;
    }

    static String when(TimelineEntry entry, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(entry.at().atZone(zone));
    }

    /** What happened, in a sentence: "Status: resolved — …", "Raised at …: …", "Decision at …: …". */
    static String describe(TimelineEntry entry, Locale locale) {
        String status = entry.status() == null ? "" : Messages.label(locale, entry.status());
        String meeting = entry.meetingTitle() == null ? "" : entry.meetingTitle();
        return switch (entry.kind()) {
            case CREATED -> Messages.get(locale, "relations.timeline.created", status);
            case CHANGED ->
                Messages.get(
                        locale,
                        "relations.timeline.changed",
                        Arrays.stream(entry.text().split(","))
                                .filter(f -> !f.isBlank())
                                .map(f -> Messages.get(locale, "relations.field." + f))
                                .collect(Collectors.joining(", ")));
            case STATUS ->
                entry.text().isBlank()
                        ? Messages.get(locale, "relations.timeline.status", status)
                        : Messages.get(locale, "relations.timeline.statusWhy", status, entry.text());
            case NOTE -> entry.text();
            case RAISED -> Messages.get(locale, "relations.timeline.raised", meeting, entry.text());
            case OUTCOME -> Messages.get(locale, "relations.timeline.outcome", meeting, entry.text());
        };
    }
}

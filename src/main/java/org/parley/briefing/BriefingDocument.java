package org.parley.briefing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.parley.followup.Outcome;
import org.parley.meeting.AgendaItemDetails;
import org.parley.meeting.DelegationDetails;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MemberDetails;
import org.parley.protocol.Confirmation;
import org.parley.protocol.Interpretation;
import org.parley.protocol.InterpretationWarning;
import org.parley.protocol.LanguagePair;
import org.parley.protocol.Languages;
import org.parley.protocol.ParityWarning;
import org.parley.shared.Classification;
import org.parley.shared.Messages;
import org.parley.shared.TimeLabels;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A briefing note as an XHTML document, built node by node: every piece of data goes in as a text node, so nothing a
 * user typed can become markup. The style sheet is a constant; the classification marking is a running element that
 * the page's margin boxes repeat at the top and bottom of every page (docs/0034).
 */
final class BriefingDocument {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    static final String STYLE = """
            @page {
              size: A4;
              margin: 24mm 18mm 24mm 18mm;
              @top-center { content: element(marking-top); }
              @bottom-center { content: element(marking-bottom); }
              @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555; }
            }
            .marking-top { position: running(marking-top); }
            .marking-bottom { position: running(marking-bottom); }
            .marking { font-weight: bold; font-size: 11pt; letter-spacing: 1pt; text-align: center; }
            body { font-family: 'Noto Sans', 'Noto Sans Devanagari', 'Noto Sans Arabic'; font-size: 10pt; color: #111; }
            h1 { font-size: 16pt; margin: 0 0 4pt 0; }
            h2 { font-size: 12pt; margin: 12pt 0 4pt 0; border-bottom: 0.5pt solid #999; }
            h3 { font-size: 10.5pt; margin: 8pt 0 2pt 0; }
            .book { font-size: 9pt; color: #555; margin-bottom: 8pt; }
            .meeting { page-break-before: always; }
            .meeting.first { page-break-before: auto; }
            .sideline { font-size: 9pt; color: #555; }
            table { width: 100%; border-collapse: collapse; }
            td, th { padding: 2pt 4pt; vertical-align: top; text-align: start; }
            th { font-weight: bold; }
            .facts th { width: 32%; }
            .members td, .members th, .agenda td, .agenda th { border-bottom: 0.3pt solid #ccc; }
            .number { width: 6%; }
            .minutes { width: 14%; }
            .warning { border: 0.8pt solid #a33; background: #fbeaea; padding: 4pt 6pt; margin: 4pt 0; }
            .muted { color: #555; }
            p { margin: 2pt 0; }
            """;

    private final Document document;
    private final Locale locale;

    private BriefingDocument(Document document, Locale locale) {
        this.document = document;
        this.locale = locale;
    }

    /** The note for the meetings (the first one the note is about, then its sideline meetings). */
    static Document of(List<BriefedMeeting> book, Locale locale, ZoneId readerZone, Instant preparedAt) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            new BriefingDocument(document, locale).write(book, readerZone, preparedAt);
            return document;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML document builder", e);
        }
    }

    /** The highest classification among the meetings: a book is as sensitive as its most sensitive page. */
    static Classification marking(List<BriefedMeeting> book) {
        return book.stream()
                .map(b -> b.meeting().classification())
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    private void write(List<BriefedMeeting> book, ZoneId readerZone, Instant preparedAt) {
        Element html = document.createElementNS(XHTML, "html");
        html.setAttribute("lang", locale.getLanguage());
        if (Messages.rightToLeft(locale)) {
            html.setAttribute("dir", "rtl");
        }
        document.appendChild(html);
        Element head = add(html, "head");
        add(
                head,
                "title",
                text("briefing.note.documentTitle", book.getFirst().meeting().title()));
        add(head, "style", STYLE);
        Element body = add(html, "body");

        String marking = Messages.label(locale, marking(book)).toUpperCase(locale);
        add(body, "div", marking).setAttribute("class", "marking marking-top");
        add(body, "div", marking).setAttribute("class", "marking marking-bottom");

        MeetingDetails first = book.getFirst().meeting();
        add(body, "div", book.size() > 1 ? text("briefing.note.book", book.size() - 1) : text("briefing.note.label"))
                .setAttribute("class", "book");
        for (int i = 0; i < book.size(); i++) {
            meeting(body, book.get(i), i == 0, i == 0 ? null : first);
        }
        Element prepared = add(
                body,
                "p",
                text(
                        "briefing.note.prepared",
                        TimeLabels.dayAndTime(preparedAt, readerZone, locale),
                        TimeLabels.zoneName(readerZone, locale)));
        prepared.setAttribute("class", "muted");
    }

    private void meeting(Element body, BriefedMeeting briefed, boolean first, @Nullable MeetingDetails conference) {
        MeetingDetails meeting = briefed.meeting();
        Element section = add(body, "div");
        section.setAttribute("class", first ? "meeting first" : "meeting");
        add(section, "h1", meeting.title());
        if (conference != null) {
            add(section, "p", text("briefing.note.sidelineOf", conference.title()))
                    .setAttribute("class", "sideline");
        }
        facts(section, briefed);
        if (!briefed.parity().isEmpty()) {
            parity(section, briefed);
        }
        delegations(section, briefed.delegations(), meeting.timeZone());
        interpretation(section, briefed.interpretation());
        agenda(section, meeting);
        if (!meeting.objectives().isBlank()) {
            add(section, "h2", text("briefing.note.objectives"));
            paragraphs(section, meeting.objectives());
        }
        decisions(section, briefed.decisions());
    }

    private void facts(Element section, BriefedMeeting briefed) {
        MeetingDetails meeting = briefed.meeting();
        Element table = add(section, "table");
        table.setAttribute("class", "facts");
        fact(
                table,
                "briefing.note.kind",
                Messages.label(locale, meeting.kind()) + " \u00b7 " + Messages.label(locale, meeting.tier())
                        + " \u00b7 " + Messages.label(locale, meeting.format()));
        fact(table, "briefing.note.status", Messages.label(locale, meeting.status()));
        fact(table, "briefing.note.classification", Messages.label(locale, meeting.classification()));
        String venuePlace = meeting.venue() != null && meeting.venue().city() != null
                ? meeting.venue().city()
                : TimeLabels.place(meeting.timeZone());
        fact(
                table,
                "briefing.note.whenVenue",
                TimeLabels.range(meeting.start(), meeting.end(), meeting.timeZone(), venuePlace, locale));
        meeting.delegations().stream()
                .filter(DelegationDetails::ours)
                .findFirst()
                .flatMap(DelegationDetails::head)
                .ifPresent(principal -> fact(
                        table,
                        "briefing.note.whenPrincipal",
                        text(
                                "briefing.note.principalTime",
                                TimeLabels.range(
                                        meeting.start(),
                                        meeting.end(),
                                        principal.homeZone(),
                                        TimeLabels.place(principal.homeZone()),
                                        locale),
                                principal.addressedName(locale))));
        fact(table, "briefing.note.where", where(meeting));
    }

    private String where(MeetingDetails meeting) {
        if (meeting.venue() == null) {
            return Messages.label(locale, meeting.format());
        }
        var venue = meeting.venue();
        StringBuilder where = new StringBuilder(venue.name());
        if (venue.roomName() != null) {
            where.append(", ").append(venue.roomName());
        }
        if (venue.address() != null && !venue.address().isBlank()) {
            where.append(", ").append(venue.address());
        }
        if (venue.city() != null) {
            where.append(", ").append(venue.city());
        }
        return where.toString();
    }

    private void fact(Element table, String labelKey, String value) {
        Element row = add(table, "tr");
        add(row, "th", text(labelKey));
        add(row, "td", value);
    }

    private void parity(Element section, BriefedMeeting briefed) {
        Element box = add(section, "div");
        box.setAttribute("class", "warning");
        add(box, "h3", text("briefing.note.parity"));
        for (ParityWarning warning : briefed.parity()) {
            add(box, "p", warning.message(locale));
        }
        add(
                box,
                "p",
                briefed.justification() == null
                        ? text("briefing.note.noJustification")
                        : text("briefing.note.justification", briefed.justification()));
    }

    /** The other side's answer (docs/0033): "Their answer: Confirmed (Note verbale, 3 Feb 2027, No. 0417)". */
    private String answer(Confirmation confirmation, ZoneId venueZone) {
        String how = Stream.of(
                        confirmation.channel() == null ? null : Messages.label(locale, confirmation.channel()),
                        confirmation.at() == null ? null : TimeLabels.dayAndTime(confirmation.at(), venueZone, locale),
                        confirmation.reference())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
        String status = Messages.label(locale, confirmation.status());
        return text("briefing.note.answer", how.isEmpty() ? status : status + " (" + how + ")");
    }

    private void delegations(Element section, List<DelegationDetails> delegations, ZoneId venueZone) {
        add(section, "h2", text("briefing.note.delegations"));
        for (DelegationDetails delegation : delegations) {
            String name = delegation.country().displayName(locale)
                    + (delegation.organisation() == null ? "" : " \u2014 " + delegation.organisation())
                    + (delegation.ours() ? " (" + text("briefing.note.ours") + ")" : "");
            add(section, "h3", name);
            if (delegation.confirmation() != null) {
                add(section, "p", answer(delegation.confirmation(), venueZone));
            }
            Element table = add(section, "table");
            table.setAttribute("class", "members");
            Element header = add(table, "tr");
            add(header, "th", "#").setAttribute("class", "number");
            add(header, "th", text("briefing.note.member"));
            add(header, "th", text("briefing.note.rank"));
            add(header, "th", text("briefing.note.role"));
            int position = 1;
            for (MemberDetails member : delegation.members()) {
                Element row = add(table, "tr");
                add(row, "td", String.valueOf(position++)).setAttribute("class", "number");
                Element who = add(row, "td");
                add(who, "div", member.addressedName(locale));
                if (member.originalName() != null && !member.originalName().isBlank()) {
                    add(who, "div", member.originalName());
                }
                String post = Stream.of(member.title(), member.organisation())
                        .filter(s -> s != null && !s.isBlank())
                        .collect(Collectors.joining(", "));
                if (!post.isEmpty()) {
                    add(who, "div", post).setAttribute("class", "muted");
                }
                add(row, "td", member.rank() == null ? "\u2014" : member.rank().label(locale));
                add(row, "td", Messages.label(locale, member.role()));
            }
        }
    }

    private void interpretation(Element section, Interpretation interpretation) {
        add(section, "h2", text("briefing.note.interpretation"));
        if (!interpretation.needed()) {
            add(section, "p", text("protocol.interpretation.notNeeded"));
        } else {
            add(section, "p", text("protocol.interpretation.mode", Messages.label(locale, interpretation.mode())));
            add(section, "p", text("protocol.interpretation.pairs", pairs(interpretation.pairs())));
            if (interpretation.interpreters().isEmpty()) {
                add(section, "p", text("protocol.interpretation.noInterpreter"));
            }
            interpretation
                    .interpreters()
                    .forEach(interpreter -> add(
                            section,
                            "p",
                            text(
                                    "protocol.interpretation.interpreter",
                                    interpreter.name(),
                                    pairs(interpreter.pairs()))));
        }
        if (!interpretation.uncoveredPairs().isEmpty()) {
            add(section, "p", text("briefing.note.uncovered", pairs(interpretation.uncoveredPairs())))
                    .setAttribute("class", "warning");
        }
        for (InterpretationWarning warning : interpretation.warnings()) {
            if (!(warning instanceof InterpretationWarning.Uncovered)) {
                add(section, "p", warning.message(locale)).setAttribute("class", "warning");
            }
        }
        interpretation.sides().stream()
                .filter(side -> side.language() != null)
                .forEach(side -> add(
                        section,
                        "p",
                        text(
                                "protocol.interpretation.side",
                                side.delegation().displayName(locale),
                                Languages.name(side.language(), locale))));
    }

    private String pairs(List<LanguagePair> pairs) {
        return pairs.stream().map(pair -> pair.label(locale)).collect(Collectors.joining("; "));
    }

    private void agenda(Element section, MeetingDetails meeting) {
        add(section, "h2", text("briefing.note.agenda"));
        if (meeting.agenda().isEmpty()) {
            add(section, "p", text("briefing.note.noAgenda")).setAttribute("class", "muted");
            return;
        }
        Element table = add(section, "table");
        table.setAttribute("class", "agenda");
        Element header = add(table, "tr");
        add(header, "th", "#").setAttribute("class", "number");
        add(header, "th", text("briefing.note.item"));
        add(header, "th", text("briefing.note.minutes")).setAttribute("class", "minutes");
        int position = 1;
        for (AgendaItemDetails item : meeting.agenda()) {
            Element row = add(table, "tr");
            add(row, "td", String.valueOf(position++)).setAttribute("class", "number");
            Element what = add(row, "td");
            add(what, "div", item.title());
            if (!item.description().isBlank()) {
                add(what, "div", item.description()).setAttribute("class", "muted");
            }
            String lead = Stream.of(
                            item.leadDelegation() == null
                                    ? null
                                    : item.leadDelegation().displayName(locale),
                            item.leadPersonName())
                    .filter(s -> s != null && !s.isBlank())
                    .collect(Collectors.joining(", "));
            if (!lead.isEmpty()) {
                add(what, "div", text("briefing.note.lead", lead)).setAttribute("class", "muted");
            }
            add(row, "td", text("briefing.note.duration", item.plannedMinutes()))
                    .setAttribute("class", "minutes");
        }
        add(
                        section,
                        "p",
                        text(
                                "briefing.note.agendaTotal",
                                meeting.plannedAgendaMinutes(),
                                meeting.duration().toMinutes()))
                .setAttribute("class", "muted");
    }

    private void decisions(Element section, List<Outcome> decisions) {
        add(section, "h2", text("briefing.note.decisions"));
        if (decisions.isEmpty()) {
            add(section, "p", text("briefing.note.noDecisions")).setAttribute("class", "muted");
            return;
        }
        for (Outcome decision : decisions) {
            Element item = add(section, "p");
            add(item, "span", decision.meetingTitle() + ": ").setAttribute("class", "muted");
            add(item, "span", decision.text());
        }
    }

    private void paragraphs(Element section, String text) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                add(section, "p", line);
            }
        }
    }

    private String text(String key, Object... arguments) {
        return Messages.get(locale, key, arguments);
    }

    private Element add(Element parent, String name) {
        Element element = document.createElementNS(XHTML, name);
        parent.appendChild(element);
        return element;
    }

    private Element add(Element parent, String name, String text) {
        Element element = add(parent, name);
        element.setTextContent(text);
        return element;
    }
}

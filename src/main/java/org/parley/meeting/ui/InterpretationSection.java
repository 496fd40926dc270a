package org.parley.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.protocol.Interpretation;
import org.parley.protocol.InterpretationWarning;
import org.parley.protocol.Languages;
import org.parley.shared.Messages;
import org.parley.shared.ui.MeetingSection;
import org.parley.shared.ui.Sections;

/**
 * The interpretation part of a meeting page (docs/0024): each delegation's working language, the mode, the language
 * pairs, the interpreters with the pairs they cover, and what is still missing.
 */
@org.springframework.stereotype.Component
class InterpretationSection implements MeetingSection {

    private final MeetingService meetings;

    InterpretationSection(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public int order() {
        return 3;
    }

    @Override
    public Column column() {
        return Column.MAIN;
    }

    @Override
    public Component create(long meetingId, Runnable refreshPage) {
        Interpretation interpretation = meetings.interpretation(new MeetingId(meetingId));
        Locale locale = UI.getCurrent().getLocale();
        var block = Sections.titled(Messages.get(locale, "protocol.interpretation.title"), "interpretation-section");

        var sides = new UnorderedList();
        sides.setId("interpretation-languages");
        for (Interpretation.Side side : interpretation.sides()) {
            if (side.language() != null) {
                sides.add(new ListItem(Messages.get(
                        locale,
                        side.fromHead() ? "protocol.interpretation.sideFromHead" : "protocol.interpretation.side",
                        side.delegation().displayName(locale),
                        Languages.name(side.language(), locale))));
            }
        }
        block.add(sides);

        if (interpretation.needed()) {
            block.add(new Paragraph(Messages.get(
                    locale, "protocol.interpretation.mode", Messages.label(locale, interpretation.mode()))));
            var pairs = new Paragraph(Messages.get(
                    locale,
                    "protocol.interpretation.pairs",
                    interpretation.pairs().stream()
                            .map(pair -> pair.label(locale))
                            .collect(Collectors.joining(", "))));
            pairs.setId("interpretation-pairs");
            block.add(pairs);
        } else if (interpretation.sides().stream().anyMatch(side -> side.language() != null)) {
            block.add(new Paragraph(Messages.get(locale, "protocol.interpretation.notNeeded")));
        }

        var interpreters = new UnorderedList();
        interpreters.setId("interpretation-interpreters");
        for (Interpretation.Interpreter interpreter : interpretation.interpreters()) {
            interpreters.add(new ListItem(Messages.get(
                    locale,
                    "protocol.interpretation.interpreter",
                    interpreter.name(),
                    interpreter.pairs().stream()
                            .filter(interpretation.pairs()::contains)
                            .map(pair -> pair.label(locale))
                            .collect(Collectors.joining(", ")))));
        }
        if (interpretation.needed() && interpretation.interpreters().isEmpty()) {
            block.add(new Paragraph(Messages.get(locale, "protocol.interpretation.noInterpreter")));
        }
        block.add(interpreters);

        for (InterpretationWarning warning : interpretation.warnings()) {
            var line = new Paragraph(warning.message(locale));
            line.addClassName("parley-warning");
            line.addClassName("parley-interpretation-warning");
            block.add(line);
        }
        return block;
    }
}

package org.parley.approval.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.protocol.Interpretation;
import org.parley.protocol.ParityWarning;

/**
 * The inbox's protocol column: a parity warning (both heads' ranks side by side in its details) and the language pairs
 * no interpreter covers, so an approver sees them before opening the meeting (docs/0023, docs/0024). Read row by row,
 * like the conflicts: the inbox is short.
 */
final class ProtocolCell {

    private ProtocolCell() {}

    static Div of(MeetingService meetings, MeetingId meeting, Locale locale) {
        List<ParityWarning> parity = meetings.parity(meeting);
        Interpretation interpretation = meetings.interpretation(meeting);
        var cell = new Div();
        cell.addClassName("parley-protocol");
        if (!parity.isEmpty()) {
            var ranks = new Div();
            parity.forEach(warning -> ranks.add(new Div(warning.message(locale))));
            var details = new Details(cell.getTranslation("approval.inbox.parity"), ranks);
            details.addClassName("parley-warning");
            details.addClassName("parley-parity");
            cell.add(details);
        }
        if (!interpretation.uncoveredPairs().isEmpty()) {
            var uncovered = new Div(cell.getTranslation(
                    "approval.inbox.uncovered",
                    interpretation.uncoveredPairs().stream()
                            .map(pair -> pair.label(locale))
                            .collect(Collectors.joining("; "))));
            uncovered.addClassName("parley-warning");
            uncovered.addClassName("parley-uncovered");
            cell.add(uncovered);
        }
        if (cell.getComponentCount() == 0) {
            cell.add(new Span(cell.getTranslation("approval.inbox.protocolFine")));
        }
        return cell;
    }
}

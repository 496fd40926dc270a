package org.parley.counterpart.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.counterpart.NoteVerbaleService;
import org.parley.meeting.DelegationDetails;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.protocol.Confirmation;
import org.parley.protocol.ConfirmationStatus;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.security.SignedInUser;
import org.parley.shared.Messages;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.MeetingSection;
import org.parley.shared.ui.Sections;

/**
 * The meeting page's "Counterpart confirmation" (docs/0033): each other side's answer, how and when it came and its
 * reference; planners record a new answer.
 */
@org.springframework.stereotype.Component
class ConfirmationSection implements MeetingSection {

    private final MeetingService meetings;
    private final NoteVerbaleService notes;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;

    ConfirmationSection(
            MeetingService meetings, NoteVerbaleService notes, CurrentUser currentUser, java.time.Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.notes = notes;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 4;
    }

    @Override
    public Column column() {
        return Column.MAIN;
    }

    @Override
    public Component create(long meetingId, Runnable refreshPage) {
        MeetingDetails meeting = meetings.get(new MeetingId(meetingId));
        Locale locale = UI.getCurrent().getLocale();
        SignedInUser user = currentUser.require();
        var block = Sections.titled(Messages.get(locale, "counterpart.section.title"), "confirmation-section");
        List<DelegationDetails> others =
                meeting.delegations().stream().filter(d -> !d.ours()).toList();
        if (others.isEmpty()) {
            block.add(new Span(Messages.get(locale, "counterpart.section.noOtherSide")));
            return block;
        }
        boolean answerable = meeting.status() != MeetingStatus.CANCELLED && meeting.status() != MeetingStatus.COMPLETED;
        for (DelegationDetails side : others) {
            Confirmation confirmation = side.confirmation() == null ? Confirmation.PROPOSED : side.confirmation();
            var row = new Div();
            row.addClassName("parley-confirmation");
            row.setId("confirmation-" + side.country().code());
            var country = new Span(side.country().displayName(locale));
            country.addClassName("parley-confirmation-side");
            var status = new Span(Messages.label(locale, confirmation.status()));
            status.addClassNames(
                    "parley-badge",
                    confirmation.confirmed()
                            ? "success"
                            : confirmation.status() == ConfirmationStatus.DECLINED ? "error" : "warning");
            status.addClassName("parley-confirmation-status");
            row.add(country, status);
            var how = new Span(describe(confirmation, meeting.timeZone(), user.timeZone(), locale));
            how.addClassName("parley-muted");
            row.add(how);
            if (answerable && user.hasRole(Role.PLANNER)) {
                var record = new Button(
                        Messages.get(locale, "counterpart.section.record"),
                        e -> new ConfirmationDialog(
                                        meetings,
                                        notes,
                                        meeting,
                                        side,
                                        confirmation,
                                        user.timeZone(),
                                        clock.instant(),
                                        refreshPage)
                                .open());
                record.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                record.setId("record-confirmation-" + side.country().code());
                row.add(record);
            }
            block.add(row);
        }
        return block;
    }

    /** "By note verbale, 3 Dec 2026, 14:00 · No. 12/2026 · proposes 5 Dec 2026, 10:00–11:00". */
    static String describe(Confirmation c, ZoneId meetingZone, ZoneId viewerZone, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (c.channel() != null) {
            parts.add(Messages.label(locale, c.channel()));
        }
        if (c.at() != null) {
            parts.add(TimeLabels.dayAndTime(c.at(), viewerZone, locale));
        }
        if (c.reference() != null) {
            parts.add(c.reference());
        }
        if (c.proposedStart() != null && c.proposedEnd() != null) {
            parts.add(Messages.get(
                    locale,
                    "counterpart.section.proposes",
                    TimeLabels.range(c.proposedStart(), c.proposedEnd(), meetingZone, locale)));
        }
        return parts.isEmpty() ? Messages.get(locale, "counterpart.section.noAnswer") : String.join(" \u00b7 ", parts);
    }
}

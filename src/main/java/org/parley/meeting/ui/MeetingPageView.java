package org.parley.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.AgendaItemDetails;
import org.parley.meeting.Conflict;
import org.parley.meeting.DelegationDetails;
import org.parley.meeting.FieldChange;
import org.parley.meeting.MeetingChange;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingRef;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MemberDetails;
import org.parley.shared.TimeLabels;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.security.SignedInUser;
import org.parley.shared.ui.MeetingSection;
import org.parley.shared.ui.Sections;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Everything about one meeting: when (in the venue's zone, the viewer's and each delegation's), where, who, the
 * agenda against the meeting's length, and what clashes. A meeting above the viewer's clearance is "not found".
 */
@Route("meetings")
@PermitAll
class MeetingPageView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient MeetingService meetings;
    private final transient CurrentUser currentUser;
    private final transient List<MeetingSection> sections;
    private String title = "Meeting";
    MeetingDetails meeting;

    MeetingPageView(MeetingService meetings, CurrentUser currentUser, ObjectProvider<MeetingSection> sections) {
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.sections = sections.orderedStream()
                .sorted(java.util.Comparator.comparingInt(MeetingSection::order)).toList();
        addClassName("parley-page");
        addClassName("parley-meeting-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        // throws NotFoundException for a missing or hidden meeting, which the router shows as "Not found"
        show(new MeetingId(id));
    }

    private void show(MeetingId id) {
        meeting = meetings.get(id);
        title = meeting.title();
        removeAll();
        render(meetings.conflictsOf(meeting.id()));
        add(history());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render(List<Conflict> conflicts) {
        SignedInUser me = currentUser.require();
        var heading = new H2(meeting.title());
        heading.setId("meeting-title");
        var badges = new HorizontalLayout(Badges.status(meeting.status()),
                Badges.classification(meeting.classification()),
                Badges.badge(meeting.kind().label(), "info"), Badges.badge(meeting.tier().label(), ""),
                Badges.badge(meeting.format().label(), ""));
        badges.setSpacing(true);
        var header = new HorizontalLayout(heading);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        if (me.hasRole(Role.PLANNER)) {
            var edit = new Button("Edit", VaadinIcon.EDIT.create(),
                    e -> MeetingsNavigation.toEditor(meeting.id()));
            edit.setId("edit-meeting");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            edit.setVisible(meeting.status().editable());
            header.add(edit);
            header.expand(heading);
        }
        add(header, badges, when(me.timeZone()));
        for (MeetingSection section : sections) {
            add(section.create(meeting.id().value(), () -> show(meeting.id())));
        }
        add(where(), sides(), objectives(), links(), conflictsBlock(conflicts), delegations(), agenda(),
                provenance());
    }

    private Component when(ZoneId viewerZone) {
        var block = section("When");
        var venueTime = new Paragraph(TimeLabels.range(meeting.start(), meeting.end(), meeting.timeZone()));
        venueTime.setId("time-venue");
        block.add(venueTime);
        if (!viewerZone.equals(meeting.timeZone())) {
            var yours = new Paragraph("Your time: " + TimeLabels.range(meeting.start(), meeting.end(), viewerZone));
            yours.setId("time-viewer");
            block.add(yours);
        }
        List<ZoneId> zones = new ArrayList<>();
        zones.add(meeting.timeZone());
        meeting.delegations().forEach(d -> d.homeZone().ifPresent(zones::add));
        var across = new Paragraph("Delegations: " + TimeLabels.startAcross(meeting.start(), zones));
        across.setId("time-delegations");
        block.add(across);
        return block;
    }

    private Component where() {
        var block = section("Where");
        if (meeting.venue() == null) {
            block.add(new Paragraph(meeting.format().label() + " \u2014 no venue; times in "
                    + meeting.timeZone().getId()));
        } else {
            var venue = meeting.venue();
            String text = venue.name() + (venue.roomName() == null ? "" : ", " + venue.roomName())
                    + (venue.city() == null ? "" : ", " + venue.city())
                    + (venue.address() == null ? "" : " \u2014 " + venue.address());
            block.add(new Paragraph(text));
        }
        return block;
    }

    private Component sides() {
        var block = section("Sides");
        Locale locale = Locale.ENGLISH;
        block.add(new Paragraph("Initiative: " + (meeting.initiatingSide() == null ? "not recorded"
                : meeting.initiatingSide().displayName(locale) + " side")));
        block.add(new Paragraph("Host: " + (meeting.hostSide() == null ? "not recorded"
                : meeting.hostSide().displayName(locale))));
        return block;
    }

    private Component objectives() {
        var block = section("Objectives");
        var text = new Paragraph(meeting.objectives().isBlank() ? "None recorded." : meeting.objectives());
        text.getStyle().set("white-space", "pre-wrap");
        block.add(text);
        return block;
    }

    private Component links() {
        var block = section("Related meetings");
        block.setVisible(meeting.parentConference() != null || meeting.followUpOf() != null);
        if (meeting.parentConference() != null) {
            block.add(new Paragraph(new Span("On the sidelines of "), link(meeting.parentConference())));
        }
        if (meeting.followUpOf() != null) {
            block.add(new Paragraph(new Span("Follow-up of "), link(meeting.followUpOf())));
        }
        return block;
    }

    private static Component link(MeetingRef ref) {
        return ref.visible() ? MeetingsNavigation.link(ref.id(), ref.title()) : new Span(ref.title());
    }

    private Component conflictsBlock(List<Conflict> conflicts) {
        var block = section("Conflicts");
        block.setId("conflicts");
        if (conflicts.isEmpty()) {
            block.add(new Paragraph("No conflicts."));
            return block;
        }
        var list = new UnorderedList();
        for (Conflict conflict : conflicts) {
            var item = new ListItem(conflict.message());
            item.addClassName(conflict.severity() == Conflict.Severity.WARNING ? "parley-warning" : "parley-error");
            list.add(item);
        }
        block.add(list);
        return block;
    }

    private Component delegations() {
        var block = section("Delegations");
        block.setId("delegations");
        for (DelegationDetails delegation : meeting.delegations()) {
            String name = delegation.country().displayName(Locale.ENGLISH)
                    + (delegation.organisation() == null ? "" : " \u2014 " + delegation.organisation())
                    + (delegation.ours() ? " (ours)" : "");
            var title = new H3(name);
            var members = new UnorderedList();
            for (MemberDetails member : delegation.members()) {
                String line = member.name() + " \u2014 " + member.role().label()
                        + (member.title() == null ? "" : ", " + member.title())
                        + (member.organisation() == null ? "" : ", " + member.organisation())
                        + " \u00b7 " + member.response().label();
                members.add(new ListItem(line));
            }
            block.add(title, members);
        }
        return block;
    }

    private Component agenda() {
        var block = section("Agenda");
        block.setId("agenda");
        if (meeting.agenda().isEmpty()) {
            block.add(new Paragraph("No agenda yet."));
            return block;
        }
        var list = new OrderedList();
        for (AgendaItemDetails item : meeting.agenda()) {
            var entry = new ListItem();
            entry.add(new Span(item.title() + " (" + item.plannedMinutes() + " min)"));
            if (!item.description().isBlank()) {
                var description = new Div(item.description());
                description.addClassName("parley-muted");
                entry.add(description);
            }
            list.add(entry);
        }
        long meetingMinutes = meeting.duration().toMinutes();
        var total = new Paragraph("Planned " + meeting.plannedAgendaMinutes() + " of " + meetingMinutes + " minutes");
        total.setId("agenda-total");
        if (meeting.plannedAgendaMinutes() > meetingMinutes) {
            total.setText(total.getText() + " \u2014 the agenda runs over the meeting's length");
            total.addClassName("parley-warning");
        }
        block.add(list, total);
        return block;
    }

    private Component provenance() {
        var text = new Paragraph("Created by " + meeting.createdBy() + " on "
                + TimeLabels.dayAndTime(meeting.createdAt(), currentUser.require().timeZone())
                + " \u00b7 last changed by " + meeting.updatedBy() + " on "
                + TimeLabels.dayAndTime(meeting.updatedAt(), currentUser.require().timeZone()));
        text.addClassName("parley-muted");
        return text;
    }

    /** Collapsed at first, and read only when opened: most visits do not need the history. */
    private Component history() {
        var details = new Details(new H3("History"));
        details.setId("history");
        details.setWidthFull();
        details.addOpenedChangeListener(event -> {
            if (event.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(historyEntries());
            }
        });
        return details;
    }

    /** Changes saved together are listed under one line saying when (in the viewer's zone) and by whom. */
    private Component historyEntries() {
        var block = new Div();
        block.setId("history-entries");
        List<MeetingChange> changes = meetings.history(meeting.id());
        if (changes.isEmpty()) {
            block.add(new Paragraph("No changes recorded."));
            return block;
        }
        ZoneId zone = currentUser.require().timeZone();
        long revision = -1;
        UnorderedList saved = new UnorderedList();
        for (MeetingChange change : changes) {
            if (change.revision() != revision) {
                revision = change.revision();
                var when = new Paragraph(TimeLabels.dayAndTime(change.at(), zone) + " \u00b7 " + change.username());
                when.addClassName("parley-muted");
                saved = new UnorderedList();
                block.add(when, saved);
            }
            var what = new Span(change.what());
            what.getStyle().set("font-weight", "600");
            var entry = new ListItem(what);
            if (!change.changes().isEmpty()) {
                var fields = new UnorderedList();
                for (FieldChange field : change.changes()) {
                    fields.add(new ListItem(field.field() + ": " + orDash(field.before()) + " \u2192 "
                            + orDash(field.after())));
                }
                entry.add(fields);
            }
            saved.add(entry);
        }
        return block;
    }

    private static String orDash(@Nullable String value) {
        return value == null ? "\u2014" : value;
    }

    private static VerticalLayout section(String name) {
        return Sections.titled(name, "");
    }
}

package org.parley.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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
import org.parley.protocol.ParityWarning;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.security.SignedInUser;
import org.parley.shared.Messages;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.MeetingHeaderFacts;
import org.parley.shared.ui.MeetingSection;
import org.parley.shared.ui.Sections;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Everything about one meeting. A header card says what matters at a glance: status and classification, when (in the
 * venue's zone and the viewer's), where, the heads of delegations, the approval state and the next step. Below it, on
 * a wide screen, two columns: what the meeting is about (delegations, agenda, objectives, conflicts, outcomes) and
 * what goes on around it (approval, calendar, e-mail, the chain, the history). Each section has an anchor the links
 * under the header lead to, and the page prints as a briefing (styles.css). A meeting above the viewer's clearance
 * is "not found".
 */
@Route("meetings")
@PermitAll
class MeetingPageView extends VerticalLayout
        implements HasUrlParameter<Long>, HasDynamicTitle, AfterNavigationObserver {

    private final transient MeetingService meetings;
    private final transient CurrentUser currentUser;
    private final transient List<MeetingSection> sections;
    private final transient List<MeetingHeaderFacts> headerFacts;
    private String title = "";
    MeetingDetails meeting;

    MeetingPageView(
            MeetingService meetings,
            CurrentUser currentUser,
            ObjectProvider<MeetingSection> sections,
            ObjectProvider<MeetingHeaderFacts> headerFacts) {
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.sections = sections.orderedStream()
                .sorted(Comparator.comparingInt(MeetingSection::order))
                .toList();
        this.headerFacts = headerFacts
                .orderedStream()
                .sorted(Comparator.comparingInt(MeetingHeaderFacts::order))
                .toList();
        addClassName("parley-page");
        addClassName("parley-meeting-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        // throws NotFoundException for a missing or hidden meeting, which the router shows as "Not found"
        show(new MeetingId(id));
    }

    /** A link such as /meetings/12#agenda was followed: the sections exist only now, so scroll to it now. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getElement().executeJs("""
                const target = location.hash ? document.getElementById(location.hash.substring(1)) : null;
                if (target) { target.scrollIntoView(); }""");
    }

    private void show(MeetingId id) {
        meeting = meetings.get(id);
        title = meeting.title();
        removeAll();
        render(meetings.conflictsOf(meeting.id()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render(List<Conflict> conflicts) {
        SignedInUser me = currentUser.require();
        // printed, every page carries the marking at its top and bottom (a named page in styles.css)
        getClassNames().removeIf(name -> name.startsWith("parley-marking-"));
        addClassName("parley-marking-" + meeting.classification().name().toLowerCase(Locale.ROOT));

        List<Component> main =
                new ArrayList<>(List.of(delegations(), agenda(), objectives(), conflictsBlock(conflicts)));
        List<Component> side = new ArrayList<>();
        for (MeetingSection section : sections) {
            Component block = section.create(meeting.id().value(), () -> show(meeting.id()));
            if (block instanceof HasStyle styled) {
                // each section looks the same, whichever feature contributes it
                styled.addClassName("parley-section");
            }
            (section.column() == MeetingSection.Column.MAIN ? main : side).add(block);
        }
        side.add(history());
        side.add(provenance());
        var mainColumn = new Div();
        mainColumn.addClassName("parley-meeting-main");
        main.forEach(mainColumn::add);
        var sideColumn = new Div();
        sideColumn.addClassName("parley-meeting-side");
        side.forEach(sideColumn::add);
        var columns = new Div(mainColumn, sideColumn);
        columns.addClassName("parley-meeting-columns");

        add(header(me, conflicts), jumpLinks(main, side), columns);
    }

    // --- the header card ----------------------------------------------------------------------------------------

    private Component header(SignedInUser me, List<Conflict> conflicts) {
        var heading = new H2(meeting.title());
        heading.setId("meeting-title");
        var top = new HorizontalLayout(heading);
        top.setWidthFull();
        top.setAlignItems(Alignment.BASELINE);
        top.expand(heading);
        top.addClassName("parley-meeting-heading");
        if (me.hasRole(Role.PLANNER)) {
            var edit = new Button(
                    getTranslation("meeting.page.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> MeetingsNavigation.toEditor(meeting.id()));
            edit.setId("edit-meeting");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            edit.setVisible(meeting.status().editable());
            top.add(edit);
        }
        var badges = new FlexLayout(
                Badges.status(meeting.status(), getLocale()),
                Badges.classification(meeting.classification(), getLocale()),
                Badges.badge(Messages.label(getLocale(), meeting.kind()), "info"),
                Badges.badge(Messages.label(getLocale(), meeting.tier()), ""),
                Badges.badge(Messages.label(getLocale(), meeting.format()), ""));
        badges.addClassName("parley-badges");

        var facts = new DescriptionList();
        facts.addClassName("parley-facts");
        facts.setId("meeting-facts");
        fact(facts, getTranslation("meeting.page.when"), when());
        ZoneId viewerZone = me.timeZone();
        if (!viewerZone.equals(meeting.timeZone())) {
            var yours = new Span(TimeLabels.range(
                    meeting.start(), meeting.end(), viewerZone, TimeLabels.place(viewerZone), getLocale()));
            yours.setId("time-viewer");
            fact(facts, getTranslation("meeting.page.yourTime"), yours);
        }
        fact(facts, getTranslation("meeting.page.where"), where());
        fact(facts, getTranslation("meeting.page.heads"), heads());
        if (meeting.parentConference() != null) {
            fact(facts, getTranslation("meeting.page.conference"), link(meeting.parentConference()));
        }
        if (meeting.followUpOf() != null) {
            fact(facts, getTranslation("meeting.editor.followUpOf"), link(meeting.followUpOf()));
        }
        long clashes = conflicts.stream()
                .filter(c -> c.severity() != Conflict.Severity.WARNING)
                .count();
        if (clashes > 0) {
            var clash = new Anchor(
                    MeetingsNavigation.pathOf(meeting.id()) + "#conflicts",
                    getTranslation("meeting.page.clashes", clashes));
            clash.getElement().setAttribute("router-ignore", true);
            clash.addClassName("parley-error");
            fact(facts, getTranslation("meeting.section.conflicts"), clash);
        }
        for (MeetingHeaderFacts contributor : headerFacts) {
            for (MeetingHeaderFacts.Fact each : contributor.facts(meeting.id().value())) {
                var value = new Span(each.value());
                value.setId(each.id());
                fact(facts, each.label(), value);
            }
        }

        var card = new Div(top, badges, facts);
        card.addClassNames("parley-card", "parley-meeting-header");
        card.setId("meeting-header");
        return card;
    }

    private static void fact(DescriptionList facts, String label, Component value) {
        facts.add(new DescriptionList.Term(label), new DescriptionList.Description(value));
    }

    /** In the venue's zone, named by the venue's city; and each delegation's start in its home zone. */
    private Component when() {
        var venueTime = new Paragraph(
                TimeLabels.range(meeting.start(), meeting.end(), meeting.timeZone(), place(), getLocale()));
        venueTime.setId("time-venue");
        List<ZoneId> zones = new ArrayList<>();
        zones.add(meeting.timeZone());
        meeting.delegations().forEach(d -> d.homeZone().ifPresent(zones::add));
        var across = new Paragraph(getTranslation(
                "meeting.page.delegationsStart", TimeLabels.startAcross(meeting.start(), place(), zones, getLocale())));
        across.setId("time-delegations");
        across.addClassName("parley-muted");
        return new Div(venueTime, across);
    }

    /** The venue's city ("Geneva", whose zone is Europe/Zurich); without a venue, the city its zone is named by. */
    private String place() {
        return meeting.venue() != null && meeting.venue().city() != null
                ? meeting.venue().city()
                : TimeLabels.place(meeting.timeZone());
    }

    private Component where() {
        var where = new Span();
        where.setId("meeting-where");
        if (meeting.venue() == null) {
            where.setText(
                    getTranslation("meeting.page.noVenue", Messages.label(getLocale(), meeting.format()), place()));
        } else {
            var venue = meeting.venue();
            where.setText(venue.name()
                    + (venue.roomName() == null ? "" : ", " + venue.roomName())
                    + (venue.city() == null ? "" : ", " + venue.city())
                    + (venue.address() == null ? "" : " \u2014 " + venue.address()));
        }
        return where;
    }

    private Component heads() {
        var heads = new Span(
                meeting.delegations().isEmpty()
                        ? getTranslation("meeting.page.noDelegations")
                        : meeting.delegations().stream()
                                .map(d -> d.country().displayName(getLocale()) + ": "
                                        + d.head()
                                                .map(MeetingPageView::name)
                                                .orElse(getTranslation("meeting.page.noHead")))
                                .collect(Collectors.joining(" \u00b7 ")));
        heads.setId("meeting-heads");
        return heads;
    }

    private static String name(MemberDetails member) {
        return member.originalName() == null ? member.name() : member.name() + " (" + member.originalName() + ")";
    }

    private static Component link(MeetingRef ref) {
        return MeetingsNavigation.link(ref.id(), ref.title());
    }

    /** Links to the sections, in the order they come on a narrow screen. */
    private Component jumpLinks(List<Component> main, List<Component> side) {
        var links = new Nav();
        links.addClassName("parley-jump-links");
        links.setId("meeting-sections");
        links.getElement().setAttribute("aria-label", getTranslation("meeting.page.sections"));
        List<Component> all = new ArrayList<>(main);
        all.addAll(side);
        for (Component section : all) {
            String id = section.getId().orElse(null);
            String text = sectionTitle(section);
            if (id != null && text != null && section.isVisible()) {
                // a plain link to this page's fragment: the browser scrolls, the router does not navigate
                var anchor = new Anchor(MeetingsNavigation.pathOf(meeting.id()) + "#" + id, text);
                anchor.getElement().setAttribute("router-ignore", true);
                links.add(anchor);
            }
        }
        return links;
    }

    private static @Nullable String sectionTitle(Component section) {
        if (section instanceof Details details) {
            return details.getSummaryText();
        }
        return section.getChildren()
                .filter(H3.class::isInstance)
                .map(h -> ((H3) h).getText())
                .findFirst()
                .orElse(null);
    }

    // --- what the meeting is about ------------------------------------------------------------------------------

    private Component objectives() {
        var block = section(getTranslation("meeting.section.objectives"), "objectives");
        var text = new Paragraph(
                meeting.objectives().isBlank() ? getTranslation("meeting.page.noObjectives") : meeting.objectives());
        text.addClassName("parley-preformatted");
        block.add(text);
        Locale locale = getLocale();
        String notRecorded = getTranslation("meeting.page.notRecorded");
        block.add(new Paragraph(getTranslation(
                "meeting.page.sides",
                meeting.initiatingSide() == null
                        ? notRecorded
                        : meeting.initiatingSide().displayName(locale),
                meeting.hostSide() == null ? notRecorded : meeting.hostSide().displayName(locale))));
        return block;
    }

    private Component conflictsBlock(List<Conflict> conflicts) {
        var block = section(getTranslation("meeting.section.conflicts"), "conflicts");
        if (conflicts.isEmpty()) {
            block.add(new Paragraph(getTranslation("meeting.conflicts.none")));
            return block;
        }
        var list = new UnorderedList();
        for (Conflict conflict : conflicts) {
            var item = new ListItem(conflict.message(getLocale()));
            item.addClassName(conflict.severity() == Conflict.Severity.WARNING ? "parley-warning" : "parley-error");
            list.add(item);
        }
        block.add(list);
        return block;
    }

    private Component delegations() {
        var block = section(getTranslation("meeting.section.delegations"), "delegations");
        for (DelegationDetails delegation : meeting.delegations()) {
            String name = delegation.country().displayName(getLocale())
                    + (delegation.organisation() == null ? "" : " \u2014 " + delegation.organisation())
                    + (delegation.ours() ? " " + getTranslation("meeting.page.ours") : "");
            var members = new UnorderedList();
            for (MemberDetails member : delegation.members()) {
                // protocol names people with their form of address here (never in calendars), docs/0023
                String addressed = member.addressedName(getLocale());
                String line =
                        (member.originalName() == null ? addressed : addressed + " (" + member.originalName() + ")")
                                + " \u2014 " + Messages.label(getLocale(), member.role())
                                + (member.title() == null ? "" : ", " + member.title())
                                + (member.organisation() == null ? "" : ", " + member.organisation())
                                + (member.rank() == null
                                        ? ""
                                        : " \u00b7 "
                                                + getTranslation(
                                                        "protocol.member.rank",
                                                        member.rank().label(getLocale())))
                                + " \u00b7 " + Messages.label(getLocale(), member.response());
                members.add(new ListItem(line));
            }
            var heading = new Paragraph(name);
            heading.addClassName("parley-delegation-name");
            block.add(heading, members);
        }
        if (meeting.delegations().isEmpty()) {
            block.add(new Paragraph(getTranslation("meeting.page.noDelegationsYet")));
        }
        for (ParityWarning warning : meetings.parity(meeting.id())) {
            var line = new Paragraph(warning.message(getLocale()));
            line.addClassName("parley-warning");
            line.addClassName("parley-parity-warning");
            block.add(line);
        }
        return block;
    }

    private Component agenda() {
        var block = section(getTranslation("meeting.section.agenda"), "agenda");
        if (meeting.agenda().isEmpty()) {
            block.add(new Paragraph(getTranslation("meeting.page.noAgenda")));
            return block;
        }
        var list = new OrderedList();
        for (AgendaItemDetails item : meeting.agenda()) {
            var entry = new ListItem();
            entry.add(new Span(getTranslation("meeting.page.agendaItem", item.title(), item.plannedMinutes())));
            if (!item.description().isBlank()) {
                var description = new Div(item.description());
                description.addClassName("parley-muted");
                entry.add(description);
            }
            list.add(entry);
        }
        long meetingMinutes = meeting.duration().toMinutes();
        var total = new Paragraph(
                getTranslation("meeting.agenda.plannedOf", meeting.plannedAgendaMinutes(), meetingMinutes));
        total.setId("agenda-total");
        if (meeting.plannedAgendaMinutes() > meetingMinutes) {
            total.setText(total.getText() + " \u2014 " + getTranslation("meeting.agenda.overruns"));
            total.addClassName("parley-warning");
        }
        block.add(list, total);
        return block;
    }

    // --- around it ----------------------------------------------------------------------------------------------

    private Component provenance() {
        ZoneId zone = currentUser.require().timeZone();
        var text = new Paragraph(getTranslation(
                "meeting.page.provenance",
                meeting.createdBy(),
                TimeLabels.dayAndTime(meeting.createdAt(), zone, getLocale()),
                meeting.updatedBy(),
                TimeLabels.dayAndTime(meeting.updatedAt(), zone, getLocale())));
        text.addClassName("parley-muted");
        text.setId("meeting-provenance");
        return text;
    }

    /** Collapsed at first, and read only when opened: most visits do not need the history. */
    private Component history() {
        var details = new Details(getTranslation("meeting.section.history"));
        details.setId("history");
        details.setWidthFull();
        details.addClassName("parley-section");
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
            block.add(new Paragraph(getTranslation("meeting.history.none")));
            return block;
        }
        ZoneId zone = currentUser.require().timeZone();
        long revision = -1;
        UnorderedList saved = new UnorderedList();
        for (MeetingChange change : changes) {
            if (change.revision() != revision) {
                revision = change.revision();
                var when = new Paragraph(
                        TimeLabels.dayAndTime(change.at(), zone, getLocale()) + " \u00b7 " + change.username());
                when.addClassName("parley-muted");
                saved = new UnorderedList();
                block.add(when, saved);
            }
            var what = new Span(change.what());
            what.addClassName("parley-strong");
            var entry = new ListItem(what);
            if (!change.changes().isEmpty()) {
                var fields = new UnorderedList();
                for (FieldChange field : change.changes()) {
                    fields.add(new ListItem(
                            field.field() + ": " + orDash(field.before()) + " \u2192 " + orDash(field.after())));
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

    private static VerticalLayout section(String name, String id) {
        return Sections.titled(name, id);
    }
}

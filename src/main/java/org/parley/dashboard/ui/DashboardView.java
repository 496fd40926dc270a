package org.parley.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.approval.ApprovalRequest;
import org.parley.approval.ApprovalService;
import org.parley.approval.ui.ApprovalsNavigation;
import org.parley.directory.PeopleService;
import org.parley.directory.PersonId;
import org.parley.followup.ActionFilter;
import org.parley.followup.ActionStatus;
import org.parley.followup.FollowUpService;
import org.parley.followup.Outcome;
import org.parley.followup.ui.ActionsNavigation;
import org.parley.meeting.AnswerSummary;
import org.parley.meeting.Conflict;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingSummary;
import org.parley.meeting.ui.AwaitingConfirmation;
import org.parley.meeting.ui.MeetingsNavigation;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.security.SignedInUser;
import org.parley.shared.Messages;
import org.parley.shared.TimeLabels;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

/**
 * The start page: what needs the signed-in user now — approvals waiting for them, the meetings they plan in the next
 * fourteen days and the ones among them with clashes, and what changed recently. Each item links to where it is
 * handled.
 */
@Route("")
@Menu(title = "dashboard.title", order = 0, icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final Duration AHEAD = Duration.ofDays(14);
    private static final int LIMIT = 8;
    private static final int ANSWER_SCAN = 50;

    private final transient CurrentUser currentUser;
    private final transient MeetingService meetings;
    private final transient ApprovalService approvals;
    private final transient FollowUpService followUps;
    private final transient PeopleService people;
    private final transient Clock clock;

    DashboardView(
            CurrentUser currentUser,
            MeetingService meetings,
            ApprovalService approvals,
            FollowUpService followUps,
            PeopleService people,
            Clock clock) {
        this.currentUser = currentUser;
        this.people = people;
        this.meetings = meetings;
        this.approvals = approvals;
        this.followUps = followUps;
        this.clock = clock;
        addClassName("parley-page");
    }

    /** Built on every visit, so that coming back to the start page shows what changed meanwhile. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SignedInUser user = currentUser.require();
        ZoneId zone = user.timeZone();
        Instant now = clock.instant();
        Locale locale = getLocale();
        var greeting = new H2(getTranslation("dashboard.welcome", user.displayName()));
        greeting.setId("dashboard-greeting");
        add(greeting, new Paragraph(getTranslation("dashboard.timeZoneNote", zone.getId())));

        var cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.setWidthFull();

        if (user.hasRole(Role.APPROVER) || user.hasRole(Role.SENIOR_APPROVER)) {
            List<ApprovalRequest> waiting =
                    approvals.inbox(PageRequest.of(0, LIMIT)).getContent();
            cards.add(card(
                    "waiting-for-approval",
                    getTranslation("dashboard.waiting.title"),
                    waiting.isEmpty()
                            ? List.of(new Span(getTranslation("dashboard.waiting.none")))
                            : waiting.stream()
                                    .map(r -> (Component) line(
                                            r.meeting(),
                                            r.title(),
                                            getTranslation(
                                                    "dashboard.waiting.submitted",
                                                    TimeLabels.dayAndTime(r.submittedAt(), zone, locale),
                                                    r.submittedBy())))
                                    .toList(),
                    ApprovalsNavigation.linkToInbox(getTranslation("dashboard.waiting.link"))));
        }

        MeetingFilter next = MeetingFilter.all().between(now, now.plus(AHEAD));
        // with a linked person, "mine" are the meetings I take part in and those I planned (docs/0025)
        @Nullable PersonId me = people.myPerson().orElse(null);
        boolean personal = me != null || user.hasRole(Role.PLANNER);
        MeetingFilter mine = personal ? next.mine(user.getUsername(), me) : next;
        Slice<MeetingSummary> upcoming = meetings.find(mine, PageRequest.of(0, LIMIT, Sort.by("start")));
        var awaited = meetings.awaitingConfirmation(
                upcoming.stream().map(MeetingSummary::id).toList());
        String upcomingTitle =
                getTranslation(personal ? "dashboard.upcoming.mine" : "dashboard.upcoming.all", AHEAD.toDays());
        var upcomingCard = card(
                "upcoming",
                upcomingTitle,
                upcoming.isEmpty()
                        ? List.of(new Span(getTranslation("dashboard.upcoming.none")))
                        : upcoming.stream()
                                .map(m -> withLabel(
                                        line(
                                                m.id(),
                                                m.title(),
                                                TimeLabels.dayAndTime(m.start(), zone, locale) + " \u00b7 "
                                                        + status(m, locale)),
                                        AwaitingConfirmation.label(awaited.get(m.id()), locale)))
                                .toList(),
                // the list with the same fortnight in its address (its filters live there)
                MeetingsNavigation.linkToListBetween(
                        LocalDate.ofInstant(now, zone),
                        LocalDate.ofInstant(now.plus(AHEAD), zone),
                        getTranslation("dashboard.upcoming.link", AHEAD.toDays())));
        if (upcoming.hasNext()) {
            upcomingCard.addComponentAtIndex(
                    2, more("upcoming-more", upcoming.getNumberOfElements(), meetings.count(mine)));
        }
        if (me == null) {
            var why = new Paragraph(getTranslation(
                    user.hasRole(Role.PLANNER)
                            ? "participation.dashboard.notLinkedPlanner"
                            : "participation.dashboard.notLinked"));
            why.setId("upcoming-not-linked");
            why.addClassName("parley-muted");
            upcomingCard.addComponentAtIndex(1, why); // under the title, before the list
        }
        cards.add(upcomingCard);
        if (user.hasRole(Role.PLANNER)) {
            cards.add(waitingForAnswers(next.plannedBy(user.getUsername()), zone));
        }

        if (user.hasRole(Role.PLANNER)) {
            // found in the database over the whole fortnight, not among the meetings listed above
            Slice<MeetingSummary> clashing = meetings.clashing(mine, PageRequest.of(0, LIMIT, Sort.by("start")));
            List<Component> clashes = clashing.stream()
                    .map(m -> (Component) line(
                            m.id(),
                            m.title(),
                            TimeLabels.dayAndTime(m.start(), zone, locale) + " \u00b7 " + firstClash(m)))
                    .toList();
            var clashCard = card(
                    "conflicts",
                    getTranslation("dashboard.conflicts.title"),
                    clashes.isEmpty()
                            ? List.of(new Span(getTranslation("dashboard.conflicts.none", AHEAD.toDays())))
                            : clashes,
                    null);
            if (clashing.hasNext()) {
                var moreClashes = new Paragraph(getTranslation("dashboard.conflicts.more", LIMIT));
                moreClashes.setId("conflicts-more");
                moreClashes.addClassName("parley-muted");
                clashCard.add(moreClashes);
            }
            cards.add(clashCard);
        }

        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(zone));
        // assigned to me: as a user, or as the linked person (docs/0025)
        List<Outcome> due = followUps
                .actionItems(
                        new ActionFilter(null, ActionStatus.OPEN, null, today.plusDays(7), true),
                        PageRequest.of(0, LIMIT))
                .getContent();
        cards.add(card(
                "action-items",
                getTranslation("participation.dashboard.myActionItems"),
                due.isEmpty()
                        ? List.of(new Span(getTranslation("dashboard.actions.none")))
                        : due.stream()
                                .map(o -> (Component) line(
                                        o.meeting(),
                                        o.text(),
                                        getTranslation(
                                                        o.overdue(today)
                                                                ? "dashboard.actions.overdueSince"
                                                                : "dashboard.actions.due",
                                                        TimeLabels.day(o.due(), locale))
                                                + " \u00b7 " + o.meetingTitle()))
                                .toList(),
                ActionsNavigation.linkToList(getTranslation("dashboard.actions.link"))));

        List<MeetingSummary> recent = meetings.find(
                        MeetingFilter.all(), PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "updatedAt")))
                .getContent();
        cards.add(card(
                "recently-changed",
                getTranslation("dashboard.recent.title"),
                recent.stream()
                        .map(m -> (Component) line(m.id(), m.title(), status(m, locale)))
                        .toList(),
                null));
        add(cards);
    }

    /**
     * The planner's meetings of the fortnight whose participants have not all answered (docs/0025), among the first
     * {@value #ANSWER_SCAN} of them: the answers of a page come in one query.
     */
    private Component waitingForAnswers(MeetingFilter planned, ZoneId zone) {
        List<MeetingSummary> meetingsAhead =
                meetings.find(planned, PageRequest.of(0, ANSWER_SCAN, Sort.by("start"))).getContent().stream()
                        .filter(m -> m.status() != org.parley.meeting.MeetingStatus.CANCELLED)
                        .toList();
        Map<MeetingId, AnswerSummary> answers =
                meetings.answers(meetingsAhead.stream().map(MeetingSummary::id).toList());
        List<Component> waiting = meetingsAhead.stream()
                .filter(m -> answers.containsKey(m.id()) && answers.get(m.id()).noAnswer() > 0)
                .limit(LIMIT)
                .map(m -> (Component) line(
                        m.id(),
                        m.title(),
                        TimeLabels.dayAndTime(m.start(), zone) + " \u00b7 "
                                + getTranslation(
                                        "participation.answers.summary",
                                        answers.get(m.id()).accepted(),
                                        answers.get(m.id()).participants(),
                                        answers.get(m.id()).tentative(),
                                        answers.get(m.id()).declined(),
                                        answers.get(m.id()).noAnswer())))
                .toList();
        return card(
                "waiting-for-answers",
                getTranslation("participation.dashboard.waitingForAnswers"),
                waiting.isEmpty() ? List.of(new Span(getTranslation("participation.dashboard.allAnswered"))) : waiting,
                null);
    }

    /** What clashes, most serious first: "Steven Walsh is already in “Bilateral consultations” at that time". */
    private String firstClash(MeetingSummary meeting) {
        return meetings.conflictsOf(meeting.id()).stream()
                .filter(c -> c.severity() != Conflict.Severity.WARNING)
                .max(java.util.Comparator.comparing(Conflict::severity))
                .map(Conflict::message)
                .orElse(getTranslation("dashboard.conflicts.generic"));
    }

    /** The meeting's status; the meeting feature's own label until its bundle has the status names. */
    private static String status(MeetingSummary meeting, Locale locale) {
        return Messages.label(locale, meeting.status());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }

    /** "Showing 8 of 23.": the card lists the first few, and says that more follow. */
    private Component more(String id, int shown, long total) {
        var more = new Paragraph(getTranslation("dashboard.more", shown, total));
        more.setId(id);
        more.addClassName("parley-muted");
        return more;
    }

    private static Component withLabel(Component line, Component label) {
        ((ListItem) line).add(label);
        return line;
    }

    private static Component line(MeetingId meeting, String title, String detail) {
        var item = new ListItem(MeetingsNavigation.link(meeting, title));
        var muted = new Div(detail);
        muted.addClassName("parley-muted");
        item.add(muted);
        return item;
    }

    private static VerticalLayout card(String id, String title, List<Component> items, @Nullable RouterLink link) {
        var card = new VerticalLayout(new H3(title));
        card.setId(id);
        card.addClassName("parley-card");
        card.setSpacing(false);
        // a list holds only its items (axe "list"): the card's "nothing here" line stands beside it
        var list = new UnorderedList();
        items.forEach(item -> {
            if (item instanceof ListItem) {
                list.add(item);
            } else {
                card.add(item);
            }
        });
        if (list.getChildren().findAny().isPresent()) {
            card.add(list);
        }
        if (link != null) {
            card.add(link);
        }
        return card;
    }
}

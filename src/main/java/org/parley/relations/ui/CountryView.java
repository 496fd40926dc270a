package org.parley.relations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PeopleService;
import org.parley.followup.ActionStatus;
import org.parley.followup.FollowUpService;
import org.parley.followup.Outcome;
import org.parley.followup.OutcomeKind;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingSummary;
import org.parley.meeting.ui.MeetingsNavigation;
import org.parley.readout.PublicReadout;
import org.parley.readout.ReadoutService;
import org.parley.relations.QuestionService;
import org.parley.relations.QuestionSummary;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.security.SignedInUser;
import org.parley.shared.CountryCode;
import org.parley.shared.Messages;
import org.parley.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The relationship with one country at a glance ({@code /countries/RU}): the open questions with their last
 * movement, the coming and past meetings with a delegation of that country, the action items still open from the
 * recent ones, and the readouts released. Every part is read through its feature's service, so clearance applies as
 * on the meeting pages.
 */
@Route("countries")
@PermitAll
class CountryView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** How many meetings each of the two lists shows; the Meetings list filtered by country shows them all. */
    static final int MEETINGS_SHOWN = 10;

    static final int READOUTS_SHOWN = 5;

    private final QuestionService questions;
    private final MeetingService meetings;
    private final FollowUpService followUps;
    private final ReadoutService readouts;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final Clock clock;
    final Grid<QuestionSummary> questionGrid = new Grid<>();
    final Checkbox withClosed = new Checkbox();
    private CountryCode country = CountryCode.of("US");

    CountryView(
            QuestionService questions,
            MeetingService meetings,
            FollowUpService followUps,
            ReadoutService readouts,
            PeopleService people,
            CurrentUser currentUser,
            Clock clock) {
        this.questions = questions;
        this.meetings = meetings;
        this.followUps = followUps;
        this.readouts = readouts;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("parley-country");
    }

    @Override
    public String getPageTitle() {
        return country.displayName(getLocale()) + " \u00b7 Parley";
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        if (!CountryCode.isValid(code)) {
            throw new NotFoundException("Country " + code);
        }
        country = CountryCode.of(code);
        removeAll();
        Locale locale = getLocale();
        SignedInUser user = currentUser.require();
        add(new H1(getTranslation("relations.country.title", country.displayName(locale))));
        add(questionsPart(user));
        Instant now = clock.instant();
        List<MeetingSummary> coming = meetings.find(
                        filter(now, null), PageRequest.of(0, MEETINGS_SHOWN, Sort.by("start")))
                .getContent();
        List<MeetingSummary> past = meetings.find(
                        filter(null, now), PageRequest.of(0, MEETINGS_SHOWN, Sort.by(Sort.Direction.DESC, "start")))
                .getContent();
        add(meetingsPart("relations.country.coming", "relations.country.noComing", "coming-meetings", coming, user));
        add(meetingsPart("relations.country.past", "relations.country.noPast", "past-meetings", past, user));
        add(actionItemsPart(past, user));
        add(readoutsPart());
    }

    /** Meetings with a delegation of the country that end after {@code from} and start before {@code to}. */
    private MeetingFilter filter(@Nullable Instant from, @Nullable Instant to) {
        return new MeetingFilter(null, null, null, null, from, to, country, null);
    }

    private Component questionsPart(SignedInUser user) {
        var part = new VerticalLayout(new H2(getTranslation("relations.country.questions")));
        part.setPadding(false);
        part.setId("open-questions");
        Locale locale = getLocale();
        questionGrid
                .addColumn(QuestionSummary::title)
                .setHeader(getTranslation("relations.field.title"))
                .setFlexGrow(3);
        questionGrid
                .addColumn(q -> Messages.label(locale, q.status()))
                .setHeader(getTranslation("relations.field.status"))
                .setAutoWidth(true);
        questionGrid
                .addColumn(q -> q.ownerName() == null ? "" : q.ownerName())
                .setHeader(getTranslation("relations.field.owner"))
                .setAutoWidth(true);
        questionGrid
                .addColumn(q -> q.lastMovement() == null
                        ? ""
                        : Timeline.when(q.lastMovement(), locale, user.timeZone()) + ": "
                                + Timeline.describe(q.lastMovement(), locale))
                .setHeader(getTranslation("relations.country.lastMovement"))
                .setFlexGrow(4);
        questionGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        questionGrid.setHeight("18rem");
        questionGrid.setItems(
                query -> questions
                        .ofCountry(country, withClosed.getValue(), PageRequest.of(query.getPage(), query.getPageSize()))
                        .stream());
        questionGrid.addItemClickListener(e -> openQuestion(e.getItem().id(), user));
        questionGrid.setId("questions-grid");
        questionGrid.setEmptyStateText(getTranslation("relations.country.noQuestions"));
        withClosed.setLabel(getTranslation("relations.country.withClosed"));
        withClosed.addValueChangeListener(e -> questionGrid.getDataProvider().refreshAll());
        withClosed.setId("questions-with-closed");
        var tools = new HorizontalLayout(withClosed);
        tools.setAlignItems(Alignment.CENTER);
        if (user.hasRole(Role.PLANNER)) {
            var create = new Button(
                    getTranslation("relations.country.newQuestion"),
                    e -> new QuestionDialog(questions, people, user.clearance(), null, country, saved -> {
                                questionGrid.getDataProvider().refreshAll();
                                openQuestion(saved.id(), user);
                            })
                            .open());
            create.setId("new-question");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            tools.addComponentAsFirst(create);
        }
        part.add(tools, questionGrid);
        return part;
    }

    private void openQuestion(long id, SignedInUser user) {
        new QuestionPanel(
                        questions,
                        people,
                        user,
                        id,
                        () -> questionGrid.getDataProvider().refreshAll())
                .open();
    }

    private Component meetingsPart(
            String titleKey, String noneKey, String id, List<MeetingSummary> list, SignedInUser user) {
        var part = new VerticalLayout(new H2(getTranslation(titleKey)));
        part.setPadding(false);
        part.setId(id);
        if (list.isEmpty()) {
            part.add(muted(getTranslation(noneKey)));
            return part;
        }
        var items = new UnorderedList();
        for (MeetingSummary meeting : list) {
            items.add(new ListItem(
                    MeetingsNavigation.link(meeting.id(), meeting.title()),
                    new Span(" \u00b7 " + date(meeting.start(), user.timeZone())
                            + (meeting.city() == null ? "" : " \u00b7 " + meeting.city()))));
        }
        part.add(items);
        return part;
    }

    /** Open action items of the recent meetings shown: one read per meeting, at most {@link #MEETINGS_SHOWN}. */
    private Component actionItemsPart(List<MeetingSummary> past, SignedInUser user) {
        var part = new VerticalLayout(new H2(getTranslation("relations.country.actionItems")));
        part.setPadding(false);
        part.setId("open-action-items");
        var items = new UnorderedList();
        for (MeetingSummary meeting : past) {
            for (Outcome outcome : followUps.outcomesOf(meeting.id())) {
                if (outcome.kind() == OutcomeKind.ACTION_ITEM && outcome.status() == ActionStatus.OPEN) {
                    var text = new Span(outcome.text());
                    text.getElement().setAttribute("dir", "auto");
                    items.add(new ListItem(
                            text,
                            new Span(" \u00b7 "
                                    + getTranslation(
                                            "relations.country.actionItem",
                                            outcome.ownerName() != null
                                                    ? outcome.ownerName()
                                                    : outcome.ownerUser() == null ? "" : outcome.ownerUser(),
                                            outcome.due() == null
                                                    ? ""
                                                    : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                                            .withLocale(getLocale())
                                                            .format(outcome.due()))
                                    + " \u00b7 "),
                            MeetingsNavigation.link(meeting.id(), meeting.title())));
                }
            }
        }
        if (items.getChildren().findAny().isEmpty()) {
            part.add(muted(getTranslation("relations.country.noActionItems")));
        } else {
            part.add(items);
        }
        return part;
    }

    private Component readoutsPart() {
        var part = new VerticalLayout(new H2(getTranslation("relations.country.readouts")));
        part.setPadding(false);
        part.setId("country-readouts");
        List<PublicReadout> released =
                readouts.published(country, PageRequest.of(0, READOUTS_SHOWN)).getContent();
        if (released.isEmpty()) {
            part.add(muted(getTranslation("relations.country.noReadouts")));
            return part;
        }
        var items = new UnorderedList();
        for (PublicReadout readout : released) {
            items.add(new ListItem(new Anchor("readouts/" + readout.id(), readout.title())));
        }
        part.add(
                items,
                new Anchor("readouts?country=" + country.code(), getTranslation("relations.country.allReadouts")));
        return part;
    }

    private String date(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .format(instant.atZone(zone));
    }

    private static Span muted(String text) {
        var span = new Span(text);
        span.addClassName("parley-muted");
        return span;
    }
}

package org.parley.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.Room;
import org.parley.directory.RoomId;
import org.parley.directory.Venue;
import org.parley.directory.VenueService;
import org.parley.meeting.Acknowledged;
import org.parley.meeting.ConcurrentChangeException;
import org.parley.meeting.Conflict;
import org.parley.meeting.ConflictsNeedAcknowledgementException;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingDraftSource;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingRef;
import org.parley.meeting.MeetingService;
import org.parley.meeting.ReapprovalNeedsConfirmationException;
import org.parley.meeting.SchedulingService;
import org.parley.meeting.SlotProposal;
import org.parley.meeting.SlotRequest;
import org.parley.meeting.Tier;
import org.parley.protocol.ParityWarning;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.shared.Classification;
import org.parley.shared.RuleViolationException;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.Notifications;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Creates or edits a meeting. The form is bound to {@link MeetingData} with a {@link BeanValidationBinder}: each field
 * shows its own constraint's message, and the rules that join fields (end after start, two delegations…) are checked
 * next to the field they concern, with the record's own rule. Times are entered in the meeting's zone (the venue's,
 * or the host side's for calls); clashes show as soon as time, people or room change. The service asks before
 * saving over clashes or sending an approved meeting back for approval, and saving over someone else's newer version
 * is never silent. A new meeting may start from a conference ({@code ?conference=}), an earlier meeting
 * ({@code ?followUpOf=}), another feature's {@link MeetingDraftSource} ({@code ?actionItem=}) or a draft handed
 * over by {@link MeetingsNavigation#toNewMeetingWith}; nothing is saved before Save.
 */
@Route("meetings/new")
@RouteAlias("meetings/:" + MeetingEditorView.ID + "(\\d+)/edit")
@RolesAllowed(Role.PLANNER_ROLE)
class MeetingEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String SIDELINE_OF = "conference";
    static final String FOLLOW_UP_OF = "followUpOf";

    final MeetingBasicsFields basics;
    final WhenAndWhereFields whenWhere;
    final RelatedMeetingsFields related;
    final DelegationsField delegations;
    final AgendaEditor agenda = new AgendaEditor();
    final VerticalLayout conflictPanel = new VerticalLayout();
    /** The parity warnings between the heads of delegation as entered (docs/0023). */
    final VerticalLayout parityPanel = new VerticalLayout();

    final Paragraph formProblem = new Paragraph();
    final Button save = new Button(getTranslation("shared.action.save"));
    final Button cancel = new Button(getTranslation("shared.action.cancel"));
    final BeanValidationBinder<MeetingData> binder = new BeanValidationBinder<>(MeetingData.class);

    List<Conflict> currentConflicts = List.of();

    @Nullable
    MeetingId editing;

    long loadedVersion;

    private final transient MeetingService meetings;
    private final transient SchedulingService scheduling;
    private final transient VenueService venues;
    private final transient CurrentUser currentUser;
    private final transient Validator validator;
    private final transient Clock clock;
    private final transient PeoplePicker peoplePicker;
    private final transient List<MeetingDraftSource> sources;
    /** The other feature this new meeting is planned from, and what there, if any. */
    private transient @Nullable MeetingDraftSource source;

    private long sourceId;
    private boolean loading;

    MeetingEditorView(
            MeetingService meetings,
            SchedulingService scheduling,
            PeopleService people,
            VenueService venues,
            CurrentUser currentUser,
            Validator validator,
            Clock clock,
            ObjectProvider<MeetingDraftSource> sources) {
        this.meetings = meetings;
        this.scheduling = scheduling;
        this.venues = venues;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
        this.sources = sources.orderedStream().toList();
        this.peoplePicker = new PeoplePicker(people);
        this.basics = new MeetingBasicsFields(currentUser.require().clearance());
        this.whenWhere = new WhenAndWhereFields(venues);
        this.related = new RelatedMeetingsFields(meetings, currentUser.require().timeZone());
        this.delegations = new DelegationsField(peoplePicker, people);
        addClassName("parley-page");
        addClassName("parley-meeting-editor");
        bind();
        listen();
        layoutForm();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "meeting.editor.newTitle" : "meeting.editor.editTitle");
    }

    // --- binding ----------------------------------------------------------------------------------------------

    private void bind() {
        binder.forField(basics.title).bind("title");
        binder.forField(basics.kind).bind("kind");
        binder.forField(basics.tier).bind("tier");
        binder.forField(basics.format).bind("format");
        binder.forField(basics.classification).bind("classification");
        binder.forField(basics.objectives).bind("objectives");
        // Vaadin's select marks "required" with aria-required on its role=button value button, which ARIA does not
        // allow (axe: aria-allowed-attr; vaadin/web-components#7337); an empty one still gets its message on saving
        for (var select : List.of(basics.kind, basics.tier, basics.format, basics.classification)) {
            select.setRequiredIndicatorVisible(false);
        }
        binder.forField(whenWhere.timeZone).bind("timeZone");
        binder.forField(whenWhere.start)
                .withValidator(
                        start -> MeetingData.existsIn(start, whenWhere.timeZone.getValue()),
                        getTranslation(MeetingData.START_EXISTS))
                .bind("start");
        binder.forField(whenWhere.end)
                .withValidator(
                        end -> MeetingData.endsAfterStart(whenWhere.start.getValue(), end),
                        getTranslation(MeetingData.END_AFTER_START))
                .withValidator(
                        end -> MeetingData.withinLongestDuration(whenWhere.start.getValue(), end),
                        getTranslation(MeetingData.NOT_TOO_LONG))
                .withValidator(
                        end -> MeetingData.existsIn(end, whenWhere.timeZone.getValue()),
                        getTranslation(MeetingData.END_EXISTS))
                .bind("end");
        // the same for the date-time pickers, which put aria-required on their role=group host
        whenWhere.start.setRequiredIndicatorVisible(false);
        whenWhere.end.setRequiredIndicatorVisible(false);
        binder.forField(whenWhere.venue)
                .withConverter((Venue v) -> v == null ? null : v.id(), id -> id == null ? null : venues.get(id))
                .withValidator(
                        id -> MeetingData.venueGivenWhenNeeded(basics.format.getValue(), id),
                        getTranslation(MeetingData.VENUE_NEEDED))
                .bind("venue");
        binder.forField(whenWhere.room)
                .withConverter(r -> r == null ? null : r.id(), this::roomOfVenue)
                .bind("room");
        binder.forField(related.initiatingSide).bind("initiatingSide");
        binder.forField(related.hostSide).bind("hostSide");
        binder.forField(related.parentConference)
                .withConverter(r -> r == null ? null : r.id(), this::refTo)
                .withValidator(
                        id -> MeetingData.conferenceGivenWhenNeeded(basics.kind.getValue(), id),
                        getTranslation(MeetingData.SIDELINE_NEEDS_CONFERENCE))
                .bind("parentConference");
        binder.forField(related.followUpOf)
                .withConverter(r -> r == null ? null : r.id(), this::refTo)
                .bind("followUpOf");
        binder.forField(delegations)
                .withValidator(list -> delegations.validateEach(), getTranslation("meeting.editor.completeDelegations"))
                .withValidator(
                        list -> MeetingData.enoughDelegations(basics.kind.getValue(), list),
                        getTranslation(MeetingData.TWO_DELEGATIONS))
                .withValidator(MeetingData::everyPersonOnce, getTranslation(MeetingData.EVERY_PERSON_ONCE))
                .withValidator(MeetingData::atMostOneOurs, getTranslation(MeetingData.ONE_DELEGATION_OURS))
                .bind("delegations");
        binder.forField(agenda)
                .withValidator(list -> agenda.validateEach(), getTranslation("meeting.editor.completeAgenda"))
                .bind("agenda");
        // whatever else the record's constraints say (a rule no field above checks yet) shows above the buttons
        binder.withValidator((data, context) -> {
            Set<ConstraintViolation<MeetingData>> violations = validator.validate(data);
            return violations.isEmpty()
                    ? ValidationResult.ok()
                    : ValidationResult.error(violations.stream()
                            .map(ConstraintViolation::getMessage)
                            .distinct()
                            .sorted()
                            .collect(Collectors.joining(". ")));
        });
        binder.setStatusLabel(formProblem);
    }

    private @Nullable Room roomOfVenue(@Nullable RoomId id) {
        Venue venue = whenWhere.venue.getValue();
        return id == null || venue == null
                ? null
                : venue.rooms().stream()
                        .filter(r -> r.id().equals(id))
                        .findFirst()
                        .orElse(null);
    }

    private @Nullable MeetingRef refTo(@Nullable MeetingId id) {
        if (id == null) {
            return null;
        }
        MeetingDetails other = meetings.get(id);
        return new MeetingRef(other.id(), other.title(), other.kind(), other.start(), true);
    }

    private void listen() {
        basics.kind.addValueChangeListener(e -> {
            if (!loading && e.getValue() != null) {
                basics.suggestFromKind(e.getValue());
            }
            changed();
        });
        basics.format.addValueChangeListener(e -> changed());
        whenWhere.venue.addValueChangeListener(e -> changed());
        whenWhere.room.addValueChangeListener(e -> changed());
        whenWhere.timeZone.addValueChangeListener(e -> changed());
        whenWhere.start.addValueChangeListener(e -> {
            if (!loading) {
                whenWhere.followStart(e.getValue());
            }
            changed();
        });
        whenWhere.end.addValueChangeListener(e -> changed());
        whenWhere.findTime.addClickListener(e -> openSlotFinder());
        delegations.addValueChangeListener(e -> changed());
        agenda.addValueChangeListener(e -> changed());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-meeting");
        save.addClickListener(e -> save(EnumSet.noneOf(Acknowledged.class)));
        cancel.addClickListener(e -> leave(editing));
    }

    private void layoutForm() {
        conflictPanel.setId("conflict-panel");
        parityPanel.setId("parity-panel");
        parityPanel.setPadding(false);
        parityPanel.setSpacing(false);
        conflictPanel.setPadding(false);
        conflictPanel.setSpacing(false);
        formProblem.setId("form-problem");
        formProblem.addClassName("parley-error");
        add(
                new H3(getTranslation("meeting.editor.section.meeting")),
                basics,
                new H3(getTranslation("meeting.editor.section.whenAndWhere")),
                whenWhere,
                whenWhere.viewerTime,
                new H3(getTranslation("meeting.editor.section.related")),
                related,
                new H3(getTranslation("meeting.section.delegations")),
                delegations,
                parityPanel,
                new H3(getTranslation("meeting.section.agenda")),
                agenda,
                new H3(getTranslation("meeting.section.conflicts")),
                conflictPanel,
                formProblem,
                new HorizontalLayout(save, cancel));
    }

    // --- where the form starts ---------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(ID);
        if (id.isPresent()) {
            MeetingDetails details = meetings.get(new MeetingId(id.get()));
            editing = details.id();
            loadedVersion = details.version();
            fill(details.toData());
        } else {
            fill(startingPoint(event.getLocation().getQueryParameters()));
        }
    }

    /** What a new meeting starts from, by the address: a conference, an earlier meeting, another feature's item. */
    private MeetingData startingPoint(QueryParameters query) {
        Optional<Long> conference = number(query, SIDELINE_OF);
        if (conference.isPresent()) {
            return sidelineOf(meetings.get(new MeetingId(conference.get())));
        }
        Optional<Long> earlier = number(query, FOLLOW_UP_OF);
        if (earlier.isPresent()) {
            MeetingDetails details = meetings.get(new MeetingId(earlier.get()));
            return MeetingData.followUpOf(
                    details,
                    getTranslation("meeting.editor.followUpTitle", details.title()),
                    details.objectives(),
                    details.kind());
        }
        for (MeetingDraftSource candidate : sources) {
            Optional<Long> sourced = number(query, candidate.name());
            if (sourced.isPresent()) {
                try {
                    MeetingData draft = candidate.draft(sourced.get());
                    source = candidate;
                    sourceId = sourced.get();
                    return draft;
                } catch (RuleViolationException refused) {
                    Notifications.error(refused.messageIn(getLocale()));
                }
            }
        }
        return blankMeeting();
    }

    /** Fills the form with a draft made elsewhere (see {@link MeetingsNavigation#toNewMeetingWith}). */
    void startFrom(MeetingData draft) {
        source = null;
        fill(draft);
    }

    private void fill(MeetingData data) {
        loading = true;
        try {
            binder.readRecord(data);
        } finally {
            loading = false;
        }
        changed();
    }

    private MeetingData blankMeeting() {
        ZoneId mine = currentUser.require().timeZone();
        LocalDateTime tomorrowAtTen = LocalDateTime.now(clock.withZone(mine))
                .plusDays(1)
                .truncatedTo(ChronoUnit.HOURS)
                .withHour(10);
        return new MeetingData(
                "",
                MeetingKind.EXPERT_MEETING,
                Tier.WORKING_LEVEL,
                MeetingFormat.IN_PERSON,
                tomorrowAtTen,
                tomorrowAtTen.plusHours(1),
                mine,
                null,
                null,
                null,
                null,
                Classification.UNCLASSIFIED,
                "",
                null,
                null,
                List.of(),
                List.of());
    }

    private static MeetingData sidelineOf(MeetingDetails conference) {
        LocalDateTime at = LocalDateTime.ofInstant(conference.start(), conference.timeZone())
                .plusHours(2);
        return new MeetingData(
                "",
                MeetingKind.SIDELINE_MEETING,
                Tier.MINISTERIAL,
                MeetingFormat.IN_PERSON,
                at,
                at.plusHours(1),
                conference.timeZone(),
                conference.venue() == null ? null : conference.venue().id(),
                null,
                null,
                conference.hostSide(),
                conference.classification(),
                "",
                conference.id(),
                null,
                List.of(),
                List.of());
    }

    private static Optional<Long> number(QueryParameters query, String name) {
        try {
            return query.getSingleParameter(name).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    // --- scheduling assistant ----------------------------------------------------------------------------------

    void openSlotFinder() {
        ZoneId zone = whenWhere.timeZone.getValue();
        if (zone == null) {
            whenWhere.timeZone.setErrorMessage(getTranslation("meeting.editor.zoneFirst"));
            whenWhere.timeZone.setInvalid(true);
            return;
        }
        List<Person> chosen = delegations.chosenPeople();
        var dialog = new SlotFinderDialog(
                scheduling,
                peoplePicker,
                chosen,
                searchableDuration(),
                zone,
                LocalDate.now(clock.withZone(zone)),
                editing,
                proposal -> useTime(proposal, zone));
        dialog.open();
    }

    /** The length entered so far if the assistant can search for it, otherwise an hour. */
    private Duration searchableDuration() {
        Duration entered = whenWhere.duration();
        return entered != null
                        && entered.compareTo(SlotRequest.SHORTEST) >= 0
                        && entered.compareTo(SlotRequest.LONGEST) <= 0
                ? entered
                : Duration.ofHours(1);
    }

    private void useTime(SlotProposal proposal, ZoneId zone) {
        loading = true;
        try {
            whenWhere.start.setValue(LocalDateTime.ofInstant(proposal.start(), zone));
            // the end from the end instant, not start + duration on the wall clock, which is off across a clock change
            whenWhere.end.setValue(LocalDateTime.ofInstant(proposal.end(), zone));
        } finally {
            loading = false;
        }
        changed();
    }

    // --- live feedback ----------------------------------------------------------------------------------------

    void changed() {
        if (loading) {
            return;
        }
        agenda.setLeadChoices(delegations.countries());
        Duration duration = whenWhere.duration();
        agenda.setMeetingMinutes(duration == null ? 0 : duration.toMinutes());
        whenWhere.showStartIn(currentUser.require().timeZone());
        MeetingData entered = asEntered();
        currentConflicts = meetings.checkConflicts(editing, entered);
        showConflicts();
        showParity(meetings.parityOf(entered));
    }

    /** The form as it stands, checked or not: what the clash check and nothing else reads. */
    private MeetingData asEntered() {
        Venue venue = whenWhere.venue.getValue();
        Room room = whenWhere.room.getValue();
        return new MeetingData(
                basics.title.getValue(),
                basics.kind.getValue(),
                basics.tier.getValue(),
                basics.format.getValue(),
                whenWhere.start.getValue(),
                whenWhere.end.getValue(),
                whenWhere.timeZone.getValue(),
                venue == null ? null : venue.id(),
                room == null ? null : room.id(),
                null,
                null,
                basics.classification.getValue(),
                "",
                null,
                null,
                delegations.getValue(),
                List.of());
    }

    private void showParity(List<ParityWarning> warnings) {
        parityPanel.removeAll();
        for (ParityWarning warning : warnings) {
            var line = new Paragraph(warning.message(getLocale()));
            line.addClassName("parley-warning");
            parityPanel.add(line);
        }
        if (!warnings.isEmpty()) {
            parityPanel.add(new Paragraph(getTranslation("protocol.parity.justifyOnSubmit")));
        }
    }

    private void showConflicts() {
        conflictPanel.removeAll();
        if (currentConflicts.isEmpty()) {
            conflictPanel.add(new Paragraph(getTranslation("meeting.conflicts.none")));
            return;
        }
        var list = new UnorderedList();
        for (Conflict conflict : currentConflicts) {
            var item = new ListItem(conflict.message(getLocale()));
            item.addClassName(conflict.severity() == Conflict.Severity.WARNING ? "parley-warning" : "parley-error");
            list.add(item);
        }
        conflictPanel.add(list);
    }

    // --- saving -----------------------------------------------------------------------------------------------

    /** Saves what the form holds, having been told and accepted what {@code acknowledged} lists. */
    void save(Set<Acknowledged> acknowledged) {
        MeetingData data;
        try {
            data = binder.writeRecord();
        } catch (ValidationException invalid) {
            Notifications.error(getTranslation("meeting.editor.correctFields"));
            return;
        }
        try {
            boolean conflictsHeard = acknowledged.contains(Acknowledged.CONFLICTS);
            MeetingDetails saved;
            if (editing != null) {
                saved = meetings.update(editing, data, loadedVersion, acknowledged.toArray(Acknowledged[]::new));
            } else if (source != null) {
                saved = source.create(sourceId, data, conflictsHeard);
            } else {
                saved = meetings.create(data, conflictsHeard);
            }
            Notifications.success(getTranslation("meeting.editor.saved", saved.title()));
            leave(saved.id());
        } catch (ConflictsNeedAcknowledgementException conflicts) {
            confirmConflicts(conflicts.conflicts(), with(acknowledged, Acknowledged.CONFLICTS));
        } catch (ReapprovalNeedsConfirmationException reapproval) {
            confirmReapproval(reapproval, with(acknowledged, Acknowledged.REAPPROVAL));
        } catch (ConcurrentChangeException stale) {
            explainConcurrentChange(stale, acknowledged);
        } catch (RuleViolationException rule) {
            Notifications.error(rule.messageIn(getLocale()));
        }
    }

    private static Set<Acknowledged> with(Set<Acknowledged> acknowledged, Acknowledged more) {
        Set<Acknowledged> all = EnumSet.noneOf(Acknowledged.class);
        all.addAll(acknowledged);
        all.add(more);
        return all;
    }

    private void confirmReapproval(ReapprovalNeedsConfirmationException reapproval, Set<Acknowledged> then) {
        var dialog = new ConfirmDialog();
        dialog.setId("reapproval-confirmation");
        dialog.setHeader(getTranslation("meeting.reapproval.header"));
        dialog.setText(reapproval.messageIn(getLocale()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("meeting.editor.keepEditing"));
        dialog.setConfirmText(getTranslation("meeting.reapproval.confirm"));
        dialog.addConfirmListener(e -> save(then));
        dialog.open();
    }

    private void confirmConflicts(List<Conflict> conflicts, Set<Acknowledged> then) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("meeting.conflicts.header"));
        var list = new UnorderedList();
        conflicts.forEach(c -> list.add(new ListItem(c.message(getLocale()))));
        dialog.setText(list);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("meeting.conflicts.goBack"));
        dialog.setConfirmText(getTranslation("meeting.conflicts.saveAnyway"));
        dialog.addConfirmListener(e -> save(then));
        dialog.setId("conflict-confirmation");
        dialog.open();
    }

    private void explainConcurrentChange(ConcurrentChangeException stale, Set<Acknowledged> acknowledged) {
        var dialog = new ConfirmDialog();
        dialog.setId("concurrent-change");
        dialog.setHeader(getTranslation("meeting.concurrent.header"));
        dialog.setText(getTranslation(
                "meeting.concurrent.text",
                stale.changedBy(),
                TimeLabels.dayAndTime(stale.changedAt(), currentUser.require().timeZone(), getLocale())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("meeting.editor.keepEditing"));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("meeting.concurrent.openTheirs"));
        MeetingId theirs = editing;
        dialog.addRejectListener(
                e -> getUI().ifPresent(ui -> ui.getPage().open(MeetingsNavigation.pathOf(theirs), "_blank")));
        dialog.setConfirmText(getTranslation("meeting.concurrent.saveMine"));
        dialog.addConfirmListener(e -> {
            loadedVersion = stale.currentVersion();
            save(acknowledged);
        });
        dialog.open();
    }

    private void leave(@Nullable MeetingId id) {
        if (id == null) {
            MeetingsNavigation.toList();
        } else {
            MeetingsNavigation.toMeeting(id);
        }
    }
}

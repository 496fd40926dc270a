package org.parley.meeting.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.Room;
import org.parley.directory.Venue;
import org.parley.directory.VenueService;
import org.parley.meeting.AgendaItemData;
import org.parley.meeting.ConcurrentChangeException;
import org.parley.meeting.Conflict;
import org.parley.meeting.ConflictsNeedAcknowledgementException;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingRef;
import org.parley.meeting.MaterialChanges;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MeetingSummary;
import org.parley.meeting.SchedulingService;
import org.parley.meeting.SlotProposal;
import org.parley.meeting.SlotRequest;
import org.parley.meeting.Tier;
import org.parley.meeting.TimeLabels;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.shared.CalendarYears;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.CountryField;
import org.parley.shared.ui.Notifications;
import org.parley.shared.ui.ZoneField;

/**
 * Creates or edits a meeting. Times are entered in the meeting's zone (the venue's, or the host side's for calls);
 * conflicts are shown as soon as time, people or room change; Bean Validation's messages appear next to the fields
 * they concern. Saving over someone else's newer version is never silent.
 */
@Route("meetings/new")
@RouteAlias("meetings/:id(\\d+)/edit")
@RolesAllowed(Role.PLANNER_ROLE)
class MeetingEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField title = new TextField("Title");
    final Select<MeetingKind> kind = new Select<>();
    final Select<Tier> tier = new Select<>();
    final Select<MeetingFormat> format = new Select<>();
    final Select<Classification> classification = new Select<>();
    final ComboBox<Venue> venue = new ComboBox<>("Venue");
    final Select<Room> room = new Select<>();
    final ZoneField timeZone = new ZoneField("Time zone");
    final DateTimePicker start = new DateTimePicker("Start");
    final DateTimePicker end = new DateTimePicker("End");
    final Button findTime = new Button("Find a time", VaadinIcon.CALENDAR_CLOCK.create());
    final Paragraph viewerTime = new Paragraph();
    final CountryField initiatingSide = new CountryField("Initiative of");
    final CountryField hostSide = new CountryField("Host side");
    final TextArea objectives = new TextArea("Objectives and description");
    final ComboBox<MeetingRef> parentConference = new ComboBox<>("On the sidelines of (conference)");
    final ComboBox<MeetingSummary> followUpOf = new ComboBox<>("Follow-up of");
    final VerticalLayout delegationList = new VerticalLayout();
    final List<DelegationEditor> delegations = new ArrayList<>();
    final Button addDelegation = new Button("Add delegation", VaadinIcon.PLUS.create());
    final Span delegationProblem = new Span();
    final AgendaEditor agenda = new AgendaEditor(this::changed);
    final VerticalLayout conflictPanel = new VerticalLayout();
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");

    List<Conflict> currentConflicts = List.of();
    @Nullable MeetingId editing;
    long loadedVersion;

    private final transient MeetingService meetings;
    private final transient SchedulingService scheduling;
    private final transient PeopleService people;
    private final transient VenueService venues;
    private final transient CurrentUser currentUser;
    private final transient Validator validator;
    private final transient Clock clock;
    private final transient PeoplePicker peoplePicker;
    private boolean loading;

    MeetingEditorView(MeetingService meetings, SchedulingService scheduling, PeopleService people,
            VenueService venues, CurrentUser currentUser, Validator validator, Clock clock) {
        this.meetings = meetings;
        this.scheduling = scheduling;
        this.clock = clock;
        this.people = people;
        this.venues = venues;
        this.currentUser = currentUser;
        this.validator = validator;
        this.peoplePicker = new PeoplePicker(people);
        addClassName("parley-page");
        addClassName("parley-meeting-editor");
        configureFields();
        layoutForm();
    }

    @Override
    public String getPageTitle() {
        return editing == null ? "New meeting" : "Edit meeting";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("id");
        loading = true;
        try {
            if (id.isPresent()) {
                MeetingDetails details = meetings.get(new MeetingId(id.get()));
                editing = details.id();
                loadedVersion = details.version();
                fill(details.toData());
            } else {
                var query = event.getLocation().getQueryParameters();
                MeetingData start = blankMeeting();
                Optional<Long> followUp = query.getSingleParameter("followUpOf").flatMap(MeetingEditorView::parseLong);
                Optional<Long> conference = query.getSingleParameter("conference").flatMap(MeetingEditorView::parseLong);
                if (followUp.isPresent()) {
                    start = followUpFrom(meetings.get(new MeetingId(followUp.get())));
                } else if (conference.isPresent()) {
                    start = sidelineOf(meetings.get(new MeetingId(conference.get())));
                } else if (query.getParameters().containsKey("prefilled")) {
                    start = prefilled().orElse(start);
                }
                fill(start);
            }
        } finally {
            loading = false;
        }
        changed();
    }

    /**
     * A meeting another feature prepared for the planner to complete (an imported invitation): it leaves it in the
     * session under {@code MeetingData.class} and opens {@code meetings/new?prefilled}. Taken once.
     */
    private static Optional<MeetingData> prefilled() {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        MeetingData data = session == null ? null : session.getAttribute(MeetingData.class);
        if (data != null) {
            session.setAttribute(MeetingData.class, null);
        }
        return Optional.ofNullable(data);
    }

    // --- form -------------------------------------------------------------------------------------------------

    private void configureFields() {
        title.setId("title");
        kind.setId("kind");
        tier.setId("tier");
        format.setId("format");
        classification.setId("classification");
        venue.setId("venue");
        timeZone.setId("time-zone");
        start.setId("start");
        end.setId("end");
        addDelegation.setId("add-delegation");
        agenda.addItem.setId("add-agenda-item");
        title.setMaxLength(MeetingData.TITLE_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        kind.setLabel("Kind");
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(MeetingKind::label);
        kind.addValueChangeListener(e -> {
            if (!loading && e.getValue() != null) {
                tier.setValue(e.getValue().defaultTier());
                format.setValue(e.getValue().defaultFormat());
            }
            changed();
        });
        tier.setLabel("Tier");
        tier.setItems(Tier.values());
        tier.setItemLabelGenerator(Tier::label);
        tier.setHelperText("Follows the kind; change it for, say, a leaders' call");
        format.setLabel("Format");
        format.setItems(MeetingFormat.values());
        format.setItemLabelGenerator(MeetingFormat::label);
        format.addValueChangeListener(e -> changed());
        classification.setLabel("Classification");
        Classification clearance = currentUser.require().clearance();
        classification.setItems(clearance.andBelow());
        classification.setItemLabelGenerator(Classification::label);

        venue.setItems(query -> venues.find(query.getFilter().orElse(""), toSpringPageRequest(query)).stream());
        venue.setItemLabelGenerator(v -> v.name() + (v.city() == null ? "" : ", " + v.city()));
        venue.setClearButtonVisible(true);
        venue.setHelperText("Times are entered in the venue's time zone");
        venue.addValueChangeListener(e -> {
            Venue chosen = e.getValue();
            room.setItems(chosen == null ? List.of() : chosen.rooms());
            room.setEnabled(chosen != null && !chosen.rooms().isEmpty());
            if (chosen != null) {
                timeZone.setValue(chosen.timeZone());
            }
            timeZone.setReadOnly(chosen != null);
            changed();
        });
        room.setLabel("Room");
        room.setEmptySelectionAllowed(true);
        room.setEmptySelectionCaption("No room yet");
        room.setItemLabelGenerator(r -> r == null ? "No room yet" : r.name() + " (" + r.capacity() + ")");
        room.setEnabled(false);
        room.addValueChangeListener(e -> changed());
        timeZone.setHelperText("For calls: the host side's zone");
        timeZone.addValueChangeListener(e -> changed());
        start.setStep(Duration.ofMinutes(15));
        end.setStep(Duration.ofMinutes(15));
        start.addValueChangeListener(e -> {
            if (!loading && e.getValue() != null && CalendarYears.contain(e.getValue())
                    && (end.getValue() == null || !end.getValue().isAfter(e.getValue()))) {
                end.setValue(e.getValue().plusHours(1));
            }
            changed();
        });
        end.addValueChangeListener(e -> changed());
        findTime.setId("find-time");
        findTime.addClickListener(e -> openSlotFinder());
        viewerTime.addClassName("parley-muted");
        viewerTime.setId("viewer-time");
        objectives.setMaxLength(MeetingData.OBJECTIVES_MAX_LENGTH);
        objectives.setWidthFull();
        objectives.setMinHeight("6em");

        parentConference.setItems(query -> meetings.conferences(query.getFilter().orElse(""),
                query.getLimit()).stream().skip(query.getOffset()));
        parentConference.setItemLabelGenerator(MeetingRef::title);
        parentConference.setClearButtonVisible(true);
        followUpOf.setItems(query -> meetings.find(MeetingFilter.all().withText(query.getFilter().orElse("")),
                toSpringPageRequest(query)).stream());
        followUpOf.setItemLabelGenerator(m -> m.title() + " (" + TimeLabels.dayAndTime(m.start(), m.timeZone()) + ")");
        followUpOf.setClearButtonVisible(true);

        addDelegation.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addDelegation.addClickListener(e -> addDelegation(null));
        delegationProblem.addClassName("parley-error");
        delegationProblem.setId("delegation-problem");
        delegationList.setPadding(false);

        conflictPanel.setId("conflict-panel");
        conflictPanel.setPadding(false);
        conflictPanel.setSpacing(false);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-meeting");
        save.addClickListener(e -> save(false));
        cancel.addClickListener(e -> leave(editing));
    }

    private void layoutForm() {
        var basics = new FormLayout(title, kind, tier, format, classification);
        basics.setColspan(title, 2);
        var whenWhere = new FormLayout(venue, room, timeZone, start, end, findTime);
        var sides = new FormLayout(initiatingSide, hostSide, parentConference, followUpOf);
        var buttons = new HorizontalLayout(save, cancel);
        add(new H3("Meeting"), basics, objectives,
                new H3("When and where"), whenWhere, viewerTime,
                new H3("Sides and related meetings"), sides,
                new H3("Delegations"), delegationList, addDelegation, delegationProblem,
                new H3("Agenda"), agenda,
                new H3("Conflicts"), conflictPanel,
                buttons);
    }

    private DelegationEditor addDelegation(@Nullable DelegationData data) {
        var editor = new DelegationEditor(peoplePicker, this::changed);
        if (data != null) {
            List<Person> known = data.members().isEmpty() ? List.of()
                    : people.getAll(data.members().stream().map(m -> m.person()).toList());
            editor.setValue(data, known);
        }
        editor.remove.addClickListener(e -> {
            delegations.remove(editor);
            delegationList.remove(editor);
            changed();
        });
        delegations.add(editor);
        delegationList.add(editor);
        changed();
        return editor;
    }

    private void fill(MeetingData data) {
        title.setValue(data.title());
        kind.setValue(data.kind());
        tier.setValue(data.tier());
        format.setValue(data.format());
        classification.setValue(data.classification());
        if (data.venue() != null) {
            Venue v = venues.get(data.venue());
            venue.setValue(v);
            room.setValue(data.room() == null ? null
                    : v.rooms().stream().filter(r -> r.id().equals(data.room())).findFirst().orElse(null));
        }
        timeZone.setValue(data.timeZone());
        start.setValue(data.start());
        end.setValue(data.end());
        initiatingSide.setValue(data.initiatingSide());
        hostSide.setValue(data.hostSide());
        objectives.setValue(data.objectives());
        if (data.parentConference() != null) {
            MeetingDetails parent = meetings.get(data.parentConference());
            parentConference.setValue(new MeetingRef(parent.id(), parent.title(), parent.kind(), parent.start(), true));
        }
        if (data.followUpOf() != null) {
            MeetingDetails earlier = meetings.get(data.followUpOf());
            followUpOf.setValue(new MeetingSummary(earlier.id(), earlier.title(), earlier.kind(), earlier.tier(),
                    earlier.status(), earlier.classification(), earlier.start(), earlier.end(), earlier.timeZone(),
                    null, null, List.of(), earlier.parentConference() == null ? null
                            : earlier.parentConference().id()));
        }
        data.delegations().forEach(this::addDelegation);
        data.agenda().forEach(agenda::addItem);
    }

    private MeetingData blankMeeting() {
        LocalDateTime nextHour = LocalDateTime.now(currentUser.require().timeZone()).plusDays(1)
                .truncatedTo(ChronoUnit.HOURS).withHour(10);
        return new MeetingData("", MeetingKind.EXPERT_MEETING, Tier.WORKING_LEVEL, MeetingFormat.IN_PERSON,
                nextHour, nextHour.plusHours(1), currentUser.require().timeZone(), null, null, null, null,
                Classification.UNCLASSIFIED, "", null, null, List.of(), List.of());
    }

    /** A draft that carries an earlier meeting forward: same delegations, a link back, the topic as a start. */
    static MeetingData followUpFrom(MeetingDetails earlier) {
        MeetingData base = earlier.toData();
        return new MeetingData("Follow-up: " + earlier.title(), base.kind(), base.tier(), base.format(),
                base.start().plusWeeks(2), base.end().plusWeeks(2), base.timeZone(), base.venue(), null,
                base.initiatingSide(), base.hostSide(), base.classification(), base.objectives(), null,
                earlier.id(), base.delegations(), List.of());
    }

    private static MeetingData sidelineOf(MeetingDetails conference) {
        LocalDateTime at = LocalDateTime.ofInstant(conference.start(), conference.timeZone()).plusHours(2);
        return new MeetingData("", MeetingKind.SIDELINE_MEETING, Tier.MINISTERIAL, MeetingFormat.IN_PERSON, at,
                at.plusHours(1), conference.timeZone(), conference.venue() == null ? null : conference.venue().id(),
                null, null, conference.hostSide(), conference.classification(), "", conference.id(), null,
                List.of(), List.of());
    }

    // --- scheduling assistant ----------------------------------------------------------------------------------

    void openSlotFinder() {
        ZoneId zone = timeZone.getValue();
        if (zone == null) {
            timeZone.setErrorMessage("Choose the time zone first: times are found on its clock");
            timeZone.setInvalid(true);
            return;
        }
        List<Person> chosen = delegations.stream().flatMap(d -> d.chosenPeople().stream()).distinct().toList();
        var dialog = new SlotFinderDialog(scheduling, peoplePicker, chosen, currentDuration(), zone,
                LocalDate.now(clock.withZone(zone)), editing, proposal -> useTime(proposal, zone));
        dialog.open();
    }

    /** The length entered so far if the assistant can search for it, otherwise an hour. */
    private Duration currentDuration() {
        if (start.getValue() != null && end.getValue() != null && end.getValue().isAfter(start.getValue())) {
            Duration entered = Duration.between(start.getValue(), end.getValue());
            if (entered.compareTo(SlotRequest.SHORTEST) >= 0 && entered.compareTo(SlotRequest.LONGEST) <= 0) {
                return entered;
            }
        }
        return Duration.ofHours(1);
    }

    private void useTime(SlotProposal proposal, ZoneId zone) {
        loading = true;
        try {
            start.setValue(LocalDateTime.ofInstant(proposal.start(), zone));
            // the end from the end instant, not start + duration on the wall clock, which is off across a clock change
            end.setValue(LocalDateTime.ofInstant(proposal.end(), zone));
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
        List<CountryCode> countries = delegations.stream().map(d -> d.country.getValue()).filter(Objects::nonNull)
                .distinct().toList();
        agenda.setLeadChoices(countries);
        if (start.getValue() != null && end.getValue() != null && end.getValue().isAfter(start.getValue())) {
            agenda.setMeetingMinutes(Duration.between(start.getValue(), end.getValue()).toMinutes());
        } else {
            agenda.setMeetingMinutes(0);
        }
        updateViewerTime();
        MeetingData data = currentData();
        currentConflicts = meetings.checkConflicts(editing, data);
        showConflicts();
    }

    private void updateViewerTime() {
        ZoneId zone = timeZone.getValue();
        ZoneId mine = currentUser.require().timeZone();
        if (zone == null || start.getValue() == null || zone.equals(mine)) {
            viewerTime.setText("");
            return;
        }
        if (zone.getRules().getValidOffsets(start.getValue()).isEmpty() || !CalendarYears.contain(start.getValue())) {
            viewerTime.setText(""); // saving says what is wrong with the start
            return;
        }
        var instant = start.getValue().atZone(zone).toInstant();
        viewerTime.setText("Starts at " + TimeLabels.dayAndTime(instant, mine) + " your time (" + mine.getId() + ")");
    }

    private void showConflicts() {
        conflictPanel.removeAll();
        if (currentConflicts.isEmpty()) {
            conflictPanel.add(new Paragraph("No conflicts."));
            return;
        }
        var list = new UnorderedList();
        for (Conflict conflict : currentConflicts) {
            var item = new ListItem(conflict.message());
            item.addClassName(conflict.severity() == Conflict.Severity.WARNING ? "parley-warning" : "parley-error");
            list.add(item);
        }
        conflictPanel.add(list);
    }

    MeetingData currentData() {
        return new MeetingData(title.getValue(), kind.getValue(), tier.getValue(), format.getValue(),
                start.getValue(), end.getValue(), timeZone.getValue(),
                venue.getValue() == null ? null : venue.getValue().id(),
                room.getValue() == null ? null : room.getValue().id(), initiatingSide.getValue(),
                hostSide.getValue(), classification.getValue(), objectives.getValue(),
                parentConference.getValue() == null ? null : parentConference.getValue().id(),
                followUpOf.getValue() == null ? null : followUpOf.getValue().id(),
                delegations.stream().map(DelegationEditor::value).toList(), agenda.value());
    }

    // --- saving -----------------------------------------------------------------------------------------------

    void save(boolean acknowledgeConflicts) {
        save(acknowledgeConflicts, false);
    }

    void save(boolean acknowledgeConflicts, boolean reapprovalConfirmed) {
        MeetingData data = currentData();
        if (!showViolations(validator.validate(data))) {
            Notifications.error("Please correct the marked fields");
            return;
        }
        if (editing != null && !reapprovalConfirmed) {
            MeetingDetails saved = meetings.get(editing);
            List<String> material = saved.status() == MeetingStatus.APPROVED
                    || saved.status() == MeetingStatus.PENDING_APPROVAL ? MaterialChanges.between(saved, data) : List.of();
            if (!material.isEmpty()) {
                confirmReapproval(saved.status(), material, acknowledgeConflicts);
                return;
            }
        }
        try {
            MeetingDetails saved = editing == null
                    ? meetings.create(data, acknowledgeConflicts)
                    : meetings.update(editing, data, loadedVersion, acknowledgeConflicts);
            Notifications.success("Saved \u201c" + saved.title() + "\u201d");
            leave(saved.id());
        } catch (ConflictsNeedAcknowledgementException conflicts) {
            confirmConflicts(conflicts.conflicts());
        } catch (ConcurrentChangeException stale) {
            explainConcurrentChange(stale);
        } catch (RuleViolationException rule) {
            Notifications.error(rule.getMessage());
        }
    }

    private void confirmReapproval(MeetingStatus status, List<String> material, boolean acknowledgeConflicts) {
        var dialog = new ConfirmDialog();
        dialog.setId("reapproval-confirmation");
        dialog.setHeader("This change needs approval again");
        dialog.setText("You changed " + String.join(", ", material) + ". The meeting is "
                + status.label().toLowerCase() + "; after saving it goes back to its approvers, and approvals given so"
                + " far no longer count.");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep editing");
        dialog.setConfirmText("Save and ask for approval");
        dialog.addConfirmListener(e -> save(acknowledgeConflicts, true));
        dialog.open();
    }

    private void confirmConflicts(List<Conflict> conflicts) {
        var dialog = new ConfirmDialog();
        dialog.setHeader("Some people are busy then");
        var list = new UnorderedList();
        conflicts.forEach(c -> list.add(new ListItem(c.message())));
        dialog.setText(list);
        dialog.setCancelable(true);
        dialog.setCancelText("Go back");
        dialog.setConfirmText("Save anyway");
        dialog.addConfirmListener(e -> save(true, true));
        dialog.setId("conflict-confirmation");
        dialog.open();
    }

    private void explainConcurrentChange(ConcurrentChangeException stale) {
        var dialog = new ConfirmDialog();
        dialog.setId("concurrent-change");
        dialog.setHeader("Changed by someone else");
        dialog.setText(stale.changedBy() + " saved this meeting at "
                + TimeLabels.dayAndTime(stale.changedAt(), currentUser.require().timeZone())
                + " while you were editing. Your version is still in this form and is not saved. Open their version"
                + " in another tab to compare, then save yours over it or keep editing.");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep editing");
        dialog.setRejectable(true);
        dialog.setRejectText("Open their version");
        dialog.addRejectListener(e -> getUI().ifPresent(ui -> ui.getPage().open("meetings/" + editing, "_blank")));
        dialog.setConfirmText("Save mine over theirs");
        dialog.addConfirmListener(e -> {
            loadedVersion = stale.currentVersion();
            save(false);
        });
        dialog.open();
    }

    /** Puts each message next to the field it concerns; returns whether there were none. */
    boolean showViolations(Set<ConstraintViolation<MeetingData>> violations) {
        List<HasValidation> fields = List.of(title, kind, tier, format, classification, venue, room, timeZone, start,
                end, objectives, parentConference);
        fields.forEach(f -> f.setInvalid(false));
        delegationProblem.setText("");
        delegations.forEach(DelegationEditor::clearProblems);
        agenda.items.forEach(r -> List.<HasValidation>of(r.title, r.description, r.minutes)
                .forEach(f -> f.setInvalid(false)));
        for (ConstraintViolation<MeetingData> violation : violations) {
            String path = violation.getPropertyPath().toString();
            String message = violation.getMessage();
            HasValidation field = switch (path) {
                case "title" -> title;
                case "kind" -> kind;
                case "tier" -> tier;
                case "format" -> format;
                case "classification" -> classification;
                case "start", "startAnExistingLocalTime" -> start;
                case "end", "endAfterStart", "notTooLong", "endAnExistingLocalTime" -> end;
                case "timeZone" -> timeZone;
                case "venueGivenWhenNeeded" -> venue;
                case "roomWithinVenue" -> room;
                case "objectives" -> objectives;
                case "sidelineAttachedToConference" -> parentConference;
                default -> null;
            };
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else if (path.startsWith("delegations[")) {
                int index = Integer.parseInt(path.substring("delegations[".length(), path.indexOf(']')));
                if (index < delegations.size()) {
                    delegations.get(index).showProblem(message);
                }
            } else if (path.startsWith("agenda[")) {
                int index = Integer.parseInt(path.substring("agenda[".length(), path.indexOf(']')));
                if (index < agenda.items.size()) {
                    var item = agenda.items.get(index);
                    HasValidation itemField = path.endsWith("description") ? item.description
                            : path.endsWith("plannedMinutes") ? item.minutes : item.title;
                    itemField.setErrorMessage(message);
                    itemField.setInvalid(true);
                }
            } else {
                String previous = delegationProblem.getText();
                delegationProblem.setText(previous.isEmpty() ? message : previous + ". " + message);
            }
        }
        return violations.isEmpty();
    }

    private void leave(@Nullable MeetingId id) {
        getUI().ifPresent(ui -> ui.navigate(id == null ? "meetings" : "meetings/" + id));
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

}

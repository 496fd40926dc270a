package org.parley.meeting;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonId;
import org.parley.directory.Room;
import org.parley.directory.RoomId;
import org.parley.directory.Venue;
import org.parley.directory.VenueId;
import org.parley.directory.VenueService;
import org.parley.protocol.Interpretation;
import org.parley.protocol.InterpretationMode;
import org.parley.protocol.ParityWarning;
import org.parley.protocol.ProtocolRules;
import org.parley.protocol.ProtocolService;
import org.parley.security.CurrentUser;
import org.parley.security.SignedInUser;
import org.parley.shared.CalendarYears;
import org.parley.shared.Classification;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Plans meetings. Every read is limited to the caller's clearance: a meeting above it does not exist for them, and a
 * clash with it shows only as "busy". Planners create and edit; everybody signed in reads.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MeetingService {

    private final MeetingRepository meetings;
    private final MeetingQueries queries;
    private final PeopleService people;
    private final VenueService venues;
    private final MeetingHistory history;
    private final MeetingSearchIndex searchIndex;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProtocolService protocol;

    MeetingService(
            MeetingRepository meetings,
            MeetingQueries queries,
            PeopleService people,
            VenueService venues,
            MeetingHistory history,
            MeetingSearchIndex searchIndex,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            ProtocolService protocol) {
        this.protocol = protocol;
        this.meetings = meetings;
        this.queries = queries;
        this.people = people;
        this.venues = venues;
        this.history = history;
        this.searchIndex = searchIndex;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the meetings the caller may see, filtered and sorted in the database. */
    @PreAuthorize("isAuthenticated()")
    public Slice<MeetingSummary> find(MeetingFilter filter, Pageable pageable) {
        return summaries(queries.search(filter, visibleClassifications(), pageable));
    }

    /** A page of meetings as grid rows: their countries and venues in one query each. */
    private Slice<MeetingSummary> summaries(Slice<Meeting> page) {
        List<Long> ids = page.getContent().stream()
                .map(Meeting::rawId)
                .map(Objects::requireNonNull)
                .toList();
        Map<Long, List<org.parley.shared.CountryCode>> countries = queries.countriesOf(ids);
        Map<VenueId, Venue> venueById = venuesOf(page.getContent());
        return page.map(m -> {
            Venue venue = m.venueId() == null ? null : venueById.get(new VenueId(m.venueId()));
            return new MeetingSummary(
                    m.id(),
                    m.title(),
                    m.kind(),
                    m.tier(),
                    m.status(),
                    m.classification(),
                    m.start(),
                    m.end(),
                    m.timeZone(),
                    venue == null ? null : venue.name(),
                    venue == null ? null : venue.city(),
                    countries.getOrDefault(m.rawId(), List.of()),
                    m.parentConferenceId() == null ? null : new MeetingId(m.parentConferenceId()));
        });
    }

    /**
     * One page of the meetings the caller may see that match the filter and clash with another meeting: a person in
     * both, or a room booked twice. The clashes themselves are {@link #conflictsOf}; this finds where to look.
     */
    @PreAuthorize("isAuthenticated()")
    public Slice<MeetingSummary> clashing(MeetingFilter filter, Pageable pageable) {
        return summaries(queries.clashing(filter, visibleClassifications(), pageable));
    }

    /** The most meetings one calendar period loads; a busier period says so instead of loading without bound. */
    public static final int PERIOD_LIMIT = 2000;

    /**
     * The meetings the caller may see that overlap {@code [from, to)} and match the filter, earliest first, for a
     * calendar period. Only that period is read from the database, and at most {@code limit} meetings:
     * {@link Slice#hasNext()} says whether the period holds more.
     */
    @PreAuthorize("isAuthenticated()")
    public Slice<MeetingSummary> inPeriod(MeetingFilter filter, Instant from, Instant to, int limit) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A period ends after it starts: " + from + " to " + to);
        }
        if (limit < 1 || limit > PERIOD_LIMIT) {
            throw new IllegalArgumentException("A period loads between 1 and " + PERIOD_LIMIT + " meetings");
        }
        return find(filter.between(from, to), PageRequest.of(0, limit, Sort.by("start")));
    }

    /** How many meetings the caller may see match the filter; never counts what is above their clearance. */
    @PreAuthorize("isAuthenticated()")
    public long count(MeetingFilter filter) {
        return queries.count(filter, visibleClassifications());
    }

    @PreAuthorize("isAuthenticated()")
    public MeetingDetails get(MeetingId id) {
        return details(findVisible(id));
    }

    /**
     * The meetings of a selection that the caller may see, with their delegations, members, agenda and venue, earliest
     * first and at most {@code limit}: for calendar feeds. A fixed number of queries however many meetings there are.
     */
    @PreAuthorize("isAuthenticated()")
    public List<MeetingDetails> select(MeetingSelection selection, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A selection loads at least one meeting");
        }
        return detailsOf(queries.select(selection, visibleClassifications(), limit));
    }

    /** How many meetings of a selection the caller may see and their latest change, without loading them. */
    @PreAuthorize("isAuthenticated()")
    public MeetingSelection.Stamp stamp(MeetingSelection selection) {
        return queries.stamp(selection, visibleClassifications());
    }

    /**
     * Every change to the meeting, its delegations, members and agenda, newest first, field by field with who and
     * when. What was saved while the meeting was classified above the caller's clearance is listed without content.
     */
    @PreAuthorize("isAuthenticated()")
    public List<MeetingChange> history(MeetingId id) {
        Meeting meeting = findVisible(id);
        return history.of(
                meeting.id(), meeting.classification(), currentUser.require().clearance());
    }

    /**
     * One page of the conferences whose title contains the text, newest first, paged in the database: for choosing a
     * sideline meeting's parent or a feed's conference.
     */
    @PreAuthorize("isAuthenticated()")
    public Slice<MeetingRef> conferences(String text, Pageable pageable) {
        return meetings.findConferences(MeetingQueries.likePattern(text), visibleClassifications(), pageable)
                .map(MeetingService::ref);
    }

    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public MeetingDetails create(@Valid MeetingData data, boolean acknowledgeConflicts) {
        Times times = checkReferences(data);
        checkConflictsBeforeSaving(null, data, times, acknowledgeConflicts);
        SignedInUser me = currentUser.require();
        Instant now = clock.instant();
        Meeting meeting = Meeting.create(me.getUsername(), now);
        meeting.applyFields(data, times.start(), times.end(), me.getUsername(), now);
        meetings.saveAndFlush(meeting);
        meeting.applyChildren(data);
        meetings.flush();
        searchIndex.index(List.of(meeting.id().value()));
        events.publishEvent(new MeetingSaved(meeting.id(), meeting.title(), meeting.classification()));
        return details(meeting);
    }

    /**
     * Saves the planner's version of a meeting they loaded at {@code expectedVersion}. If someone saved it since,
     * nothing is saved and {@link ConcurrentChangeException} says who and when. Like clashes
     * ({@link ConflictsNeedAcknowledgementException}), a material change to an approved or pending meeting is saved
     * only when acknowledged: otherwise {@link ReapprovalNeedsConfirmationException} lists what changed.
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public MeetingDetails update(
            MeetingId id, @Valid MeetingData data, long expectedVersion, Acknowledged... acknowledged) {
        Set<Acknowledged> heard = acknowledged.length == 0 ? Set.of() : EnumSet.copyOf(List.of(acknowledged));
        Meeting meeting = findVisible(id);
        if (meeting.version() != expectedVersion) {
            throw new ConcurrentChangeException(meeting.updatedBy(), meeting.updatedAt(), meeting.version());
        }
        if (!meeting.status().editable()) {
            throw RuleViolationException.because("meeting.rule.notEditable", MeetingWorkflow.state(meeting.status()));
        }
        MeetingStatus statusBefore = meeting.status();
        List<String> material = statusBefore.needsReapprovalWhenChangedMaterially()
                ? MaterialChanges.between(details(meeting), data)
                : List.of();
        Times times = checkReferences(data);
        if (data.parentConference() != null && data.parentConference().equals(id)) {
            throw RuleViolationException.because("meeting.rule.ownConference");
        }
        if (data.followUpOf() != null && data.followUpOf().equals(id)) {
            throw RuleViolationException.because("meeting.rule.ownFollowUp");
        }
        checkConflictsBeforeSaving(id, data, times, heard.contains(Acknowledged.CONFLICTS));
        if (!material.isEmpty() && !heard.contains(Acknowledged.REAPPROVAL)) {
            throw new ReapprovalNeedsConfirmationException(statusBefore, material);
        }
        SignedInUser me = currentUser.require();
        Long conferenceBefore = meeting.parentConferenceId();
        Long followUpOfBefore = meeting.followUpOfId();
        meeting.removeStaleChildren(data);
        meetings.flush();
        meeting.applyFields(data, times.start(), times.end(), me.getUsername(), clock.instant());
        keepHiddenLinks(meeting, data, conferenceBefore, followUpOfBefore);
        meeting.applyChildren(data);
        if (!material.isEmpty()) {
            // what the approvers approved has changed: their approvals no longer hold
            meeting.changeStatus(MeetingStatus.PENDING_APPROVAL, me.getUsername(), clock.instant());
        }
        meetings.flush();
        searchIndex.index(List.of(id.value()));
        events.publishEvent(new MeetingSaved(id, meeting.title(), meeting.classification()));
        if (!material.isEmpty()) {
            events.publishEvent(
                    new MeetingChangedMaterially(id, meeting.title(), statusBefore, material, me.getUsername()));
            if (statusBefore != MeetingStatus.PENDING_APPROVAL) {
                events.publishEvent(new MeetingStatusChanged(
                        id, meeting.title(), statusBefore, MeetingStatus.PENDING_APPROVAL, me.getUsername()));
            }
        }
        return details(meeting);
    }

    /**
     * Records the signed-in participant's own answer (docs/0025): the account must be linked to a person who is a
     * member of one of the meeting's delegations, otherwise {@link NotAParticipantException}. A later answer replaces
     * the earlier one; a cancelled or completed meeting takes no answers.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MeetingDetails answer(MeetingId id, @Valid AnswerData data, AnswerSource source) {
        if (source == AnswerSource.PLANNER || source == AnswerSource.EMAIL) {
            throw new IllegalArgumentException("a participant answers on the page or through the API");
        }
        Meeting meeting = findVisible(id);
        PersonId me = people.myPerson()
                .orElseThrow(() -> new NotAParticipantException(
                        "Your account is not linked to a person of the directory, so you answer no invitation"));
        return record(meeting, me, data, source, currentUser.require().getUsername());
    }

    /**
     * Records an answer that a participant's calendar program sent by e-mail (an iMIP REPLY, docs/0026): the replies
     * reader matched it to the meeting by UID and to the person by the ATTENDEE address. Only the system calls this.
     */
    @Transactional
    @PreAuthorize("authentication.name == T(org.parley.security.SystemTask).SYSTEM_USERNAME")
    public MeetingDetails answerFromCalendar(MeetingId id, PersonId person, @Valid AnswerData data) {
        return record(
                findVisible(id), person, data, AnswerSource.EMAIL, org.parley.security.SystemTask.SYSTEM_USERNAME);
    }

    private MeetingDetails record(Meeting meeting, PersonId me, AnswerData data, AnswerSource source, String username) {
        MeetingId id = meeting.id();
        DelegationMember member = meeting.delegations().stream()
                .flatMap(d -> d.members().stream())
                .filter(m -> m.personId() == me.value())
                .findFirst()
                .orElseThrow(() -> new NotAParticipantException("You are not a participant of this meeting"));
        if (meeting.status() == MeetingStatus.CANCELLED || meeting.status() == MeetingStatus.COMPLETED) {
            throw RuleViolationException.because("meeting.rule.noMoreAnswers", MeetingWorkflow.state(meeting.status()));
        }
        boolean firstAnswer = member.response() == ParticipantResponse.NEEDS_ACTION;
        member.answer(data.answer(), data.trimmedComment(), source, clock.instant());
        meeting.touch(username, clock.instant());
        meetings.flush();
        MeetingDetails details = details(meeting);
        events.publishEvent(new ParticipantAnswered(
                id,
                meeting.title(),
                me,
                people.get(me).fullName(),
                member.role() == MemberRole.HEAD,
                data.answer(),
                data.trimmedComment(),
                source,
                username,
                meeting.createdBy(),
                AnswerSummary.of(details),
                firstAnswer && AnswerSummary.of(details).allAnswered()));
        return details;
    }

    /** The answers so far of each of these meetings the caller may see, in one query: for a page of the list. */
    @PreAuthorize("isAuthenticated()")
    public Map<MeetingId, AnswerSummary> answers(Collection<MeetingId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<AnswerSummary.Answer>> byMeeting = new HashMap<>();
        for (Object[] row :
                meetings.responsesOf(ids.stream().map(MeetingId::value).toList(), visibleClassifications())) {
            byMeeting
                    .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new AnswerSummary.Answer((MemberRole) row[1], (ParticipantResponse) row[2]));
        }
        Map<MeetingId, AnswerSummary> result = new HashMap<>();
        byMeeting.forEach((meeting, answers) -> result.put(new MeetingId(meeting), AnswerSummary.of(answers)));
        return result;
    }

    /**
     * What clashes with the meeting as entered so far; the editor calls this on every change. {@code self} is the
     * meeting being edited, which never clashes with itself.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Conflict> checkConflicts(@Nullable MeetingId self, MeetingData data) {
        if (data.start() == null
                || data.end() == null
                || data.timeZone() == null
                || !data.end().isAfter(data.start())
                || !CalendarYears.contain(data.start())
                || !CalendarYears.contain(data.end())) {
            return List.of(); // nothing to compare yet; saving says what is missing
        }
        Times times = toInstants(data);
        return conflicts(self, times, data.people(), data.room());
    }

    /**
     * The chain of follow-ups a meeting belongs to, as a tree from its earliest meeting; hidden meetings are left
     * out. Read a level at a time (one query per generation), at most {@value #CHAIN_DEPTH} generations each way and
     * {@value #CHAIN_SIZE} meetings.
     */
    @PreAuthorize("isAuthenticated()")
    public MeetingChain chain(MeetingId id) {
        Meeting self = findVisible(id);
        List<Classification> visible = visibleClassifications();
        Set<Long> seen = new HashSet<>(List.of(id.value()));
        Meeting root = self;
        for (int depth = 0; root.followUpOfId() != null && depth < CHAIN_DEPTH; depth++) {
            Meeting previous =
                    meetings.findVisible(root.followUpOfId(), visible).orElse(null);
            if (previous == null || !seen.add(Objects.requireNonNull(previous.rawId()))) {
                break;
            }
            root = previous;
        }
        Map<Long, List<Meeting>> followUpsOf = new HashMap<>();
        Set<Long> inTree = new HashSet<>(List.of(Objects.requireNonNull(root.rawId())));
        List<Long> level = List.of(root.rawId());
        for (int depth = 0; !level.isEmpty() && depth < 2 * CHAIN_DEPTH && inTree.size() < CHAIN_SIZE; depth++) {
            List<Long> next = new ArrayList<>();
            for (Meeting followUp : meetings.findFollowUps(level, visible)) {
                // a meeting once in the tree is not added again, so that a loop of links cannot run away
                if (inTree.size() < CHAIN_SIZE && inTree.add(Objects.requireNonNull(followUp.rawId()))) {
                    followUpsOf
                            .computeIfAbsent(followUp.followUpOfId(), k -> new ArrayList<>())
                            .add(followUp);
                    next.add(followUp.rawId());
                }
            }
            level = next;
        }
        return new MeetingChain(id, link(root, followUpsOf));
    }

    private static MeetingChain.Link link(Meeting meeting, Map<Long, List<Meeting>> followUpsOf) {
        return new MeetingChain.Link(
                ref(meeting),
                followUpsOf.getOrDefault(meeting.rawId(), List.of()).stream()
                        .map(followUp -> link(followUp, followUpsOf))
                        .toList());
    }

    private static final int CHAIN_DEPTH = 10;
    private static final int CHAIN_SIZE = 200;

    private static MeetingRef ref(Meeting meeting) {
        return new MeetingRef(meeting.id(), meeting.title(), meeting.kind(), meeting.start(), true);
    }

    /**
     * The parity warnings between the saved meeting's heads of delegation (docs/0023): its submission then needs a
     * written justification.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ParityWarning> parity(MeetingId id) {
        MeetingDetails meeting = get(id);
        return protocol.rules()
                .parity(
                        meeting.delegations().stream()
                                .flatMap(d -> d
                                        .head()
                                        .map(head -> new ProtocolRules.Head(
                                                head.name(),
                                                head.rank() == null
                                                        ? null
                                                        : head.rank().id(),
                                                d.ours()))
                                        .stream())
                                .toList(),
                        meeting.tier() == Tier.HEAD_OF_STATE);
    }

    /**
     * The interpretation the saved meeting needs (docs/0024): each delegation's working language, the language pairs,
     * the mode (simultaneous for conferences and summits, consecutive otherwise), the interpreters among the members
     * and the pairs none of them covers.
     */
    @PreAuthorize("isAuthenticated()")
    public Interpretation interpretation(MeetingId id) {
        MeetingDetails meeting = get(id);
        Map<PersonId, Person> personById = people
                .getAll(meeting.delegations().stream()
                        .flatMap(d -> d.members().stream())
                        .map(MemberDetails::person)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        List<Interpretation.Side> sides = meeting.delegations().stream()
                .map(d -> Interpretation.side(
                        d.country(),
                        d.language(),
                        d.head()
                                .map(head -> personById.get(head.person()))
                                .map(Person::languages)
                                .orElse(List.of())))
                .toList();
        List<Interpretation.Interpreter> interpreters = meeting.delegations().stream()
                .flatMap(d -> d.members().stream())
                .filter(m -> m.role() == MemberRole.INTERPRETER && personById.containsKey(m.person()))
                .map(m -> new Interpretation.Interpreter(
                        m.name(), personById.get(m.person()).languages()))
                .toList();
        boolean simultaneous = meeting.kind() == MeetingKind.CONFERENCE || meeting.kind() == MeetingKind.SUMMIT;
        RoomId roomId = meeting.venue() == null ? null : meeting.venue().room();
        Room room = roomId == null ? null : venues.getRoom(roomId).orElse(null);
        return Interpretation.plan(
                simultaneous ? InterpretationMode.SIMULTANEOUS : InterpretationMode.CONSECUTIVE,
                sides,
                interpreters,
                room == null ? null : room.name(),
                room != null && room.interpretationBooths());
    }

    /** The parity warnings of a meeting as entered so far; the editor calls this on every change. */
    @PreAuthorize("isAuthenticated()")
    public List<ParityWarning> parityOf(MeetingData data) {
        Map<PersonId, Boolean> headsAndSides = new java.util.LinkedHashMap<>();
        for (DelegationData delegation : data.delegations()) {
            delegation.members().stream()
                    .filter(m -> m.role() == MemberRole.HEAD && m.person() != null)
                    .findFirst()
                    .ifPresent(head -> headsAndSides.putIfAbsent(head.person(), delegation.ours()));
        }
        Map<PersonId, Person> personById = people.getAll(headsAndSides.keySet()).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        return protocol.rules()
                .parity(
                        headsAndSides.entrySet().stream()
                                .filter(head -> personById.containsKey(head.getKey()))
                                .map(head -> new ProtocolRules.Head(
                                        personById.get(head.getKey()).fullName(),
                                        personById.get(head.getKey()).rank(),
                                        head.getValue()))
                                .toList(),
                        data.tier() == Tier.HEAD_OF_STATE);
    }

    /** What clashes with a saved meeting, for its page. */
    @PreAuthorize("isAuthenticated()")
    public List<Conflict> conflictsOf(MeetingId id) {
        Meeting meeting = findVisible(id);
        if (!meeting.status().occupiesTime()) {
            return List.of();
        }
        Set<PersonId> participants = meeting.delegations().stream()
                .flatMap(d -> d.members().stream())
                .map(m -> new PersonId(m.personId()))
                .collect(Collectors.toSet());
        return conflicts(
                id,
                new Times(meeting.start(), meeting.end()),
                participants,
                meeting.roomId() == null ? null : new RoomId(meeting.roomId()));
    }

    // --- rules ----------------------------------------------------------------------------------------------------

    private record Times(Instant start, Instant end) {}

    private Times checkReferences(MeetingData data) {
        SignedInUser me = currentUser.require();
        if (!me.clearance().covers(data.classification())) {
            throw RuleViolationException.because("meeting.rule.aboveClearance", me.clearance());
        }
        if (data.venue() != null) {
            Venue venue = venues.get(data.venue());
            if (!venue.timeZone().equals(data.timeZone())) {
                throw RuleViolationException.because(
                        "meeting.rule.venueZone", venue.name(), venue.timeZone().getId());
            }
            if (data.room() != null && venue.rooms().stream().noneMatch(r -> r.id().equals(data.room()))) {
                throw RuleViolationException.because("meeting.rule.roomNotAtVenue", venue.name());
            }
        }
        if (data.parentConference() != null) {
            Meeting parent = findVisible(data.parentConference());
            if (parent.kind() != MeetingKind.CONFERENCE) {
                throw RuleViolationException.because("meeting.rule.notAConference", parent.title());
            }
        }
        if (data.followUpOf() != null) {
            findVisible(data.followUpOf());
        }
        Set<PersonId> wanted = data.people();
        if (!wanted.isEmpty() && people.getAll(wanted).size() != wanted.size()) {
            throw new NotFoundException("A person in the delegations was");
        }
        Set<PersonId> leads = data.agenda().stream()
                .map(AgendaItemData::leadPerson)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (!leads.isEmpty() && people.getAll(leads).size() != leads.size()) {
            throw new NotFoundException("A person leading an agenda item was");
        }
        return toInstants(data);
    }

    private void checkConflictsBeforeSaving(
            @Nullable MeetingId self, MeetingData data, Times times, boolean acknowledged) {
        List<Conflict> found = conflicts(self, times, data.people(), data.room());
        List<Conflict> blocking = found.stream()
                .filter(c -> c.severity() == Conflict.Severity.BLOCKING)
                .toList();
        if (!blocking.isEmpty()) {
            throw new ConflictsBlockSavingException(blocking);
        }
        List<Conflict> needAck = found.stream()
                .filter(c -> c.severity() == Conflict.Severity.NEEDS_ACKNOWLEDGEMENT)
                .toList();
        if (!needAck.isEmpty() && !acknowledged) {
            throw new ConflictsNeedAcknowledgementException(needAck);
        }
    }

    private List<Conflict> conflicts(
            @Nullable MeetingId self, Times times, Collection<PersonId> participants, @Nullable RoomId room) {
        long excluded = self == null ? -1 : self.value();
        Classification clearance = currentUser.require().clearance();
        Map<PersonId, Person> personById = participants.isEmpty()
                ? Map.of()
                : people.getAll(participants).stream().collect(Collectors.toMap(Person::id, Function.identity()));
        List<Conflict> found = new ArrayList<>();
        for (MeetingQueries.Overlap overlap : queries.peopleBusy(
                participants.stream().map(PersonId::value).toList(), times.start(), times.end(), excluded)) {
            PersonId person = new PersonId(Objects.requireNonNull(overlap.personId()));
            boolean seen = clearance.covers(overlap.classification());
            found.add(new Conflict.PersonBusy(
                    person,
                    nameOf(personById.get(person)),
                    seen ? new MeetingId(overlap.meetingId()) : null,
                    seen ? overlap.title() : null,
                    overlap.start(),
                    overlap.end()));
        }
        if (room != null) {
            String roomName = venues.getRoom(room).map(Room::name).orElse("The room");
            for (MeetingQueries.Overlap overlap :
                    queries.roomBooked(room.value(), times.start(), times.end(), excluded)) {
                boolean seen = clearance.covers(overlap.classification());
                found.add(new Conflict.RoomBooked(
                        roomName,
                        seen ? new MeetingId(overlap.meetingId()) : null,
                        seen ? overlap.title() : null,
                        overlap.start(),
                        overlap.end()));
            }
        }
        personById.values().stream()
                .sorted(Comparator.comparing(Person::fullName))
                .forEach(person -> outsideWorkingHours(person, times).ifPresent(found::add));
        return found;
    }

    private static java.util.Optional<Conflict> outsideWorkingHours(Person person, Times times) {
        if (WorkingHours.contain(person, times.start(), times.end())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Conflict.OutsideWorkingHours(
                person.id(),
                person.fullName(),
                person.homeZone(),
                LocalDateTime.ofInstant(times.start(), person.homeZone()),
                LocalDateTime.ofInstant(times.end(), person.homeZone()),
                person.workdayStart(),
                person.workdayEnd(),
                person.workingDays()));
    }

    private static String nameOf(@Nullable Person person) {
        return person == null ? "Someone" : person.fullName();
    }

    private static Times toInstants(MeetingData data) {
        ZoneId zone = data.timeZone();
        return new Times(
                data.start().atZone(zone).toInstant(), data.end().atZone(zone).toInstant());
    }

    // --- reading ----------------------------------------------------------------------------------------------------

    /** The classifications the caller may see, for queries ({@code classification in :visible}). */
    List<Classification> visibleClassifications() {
        Classification clearance = currentUser.require().clearance();
        return clearance.andBelow();
    }

    private Meeting findVisible(MeetingId id) {
        return meetings.findVisible(id.value(), visibleClassifications())
                .orElseThrow(() -> new NotFoundException("Meeting"));
    }

    private Map<VenueId, Venue> venuesOf(List<Meeting> page) {
        Set<VenueId> ids = page.stream()
                .map(Meeting::venueId)
                .filter(Objects::nonNull)
                .map(VenueId::new)
                .collect(Collectors.toSet());
        return ids.isEmpty()
                ? Map.of()
                : venues.getAll(ids).stream().collect(Collectors.toMap(Venue::id, Function.identity()));
    }

    private MeetingDetails details(Meeting meeting) {
        long id = Objects.requireNonNull(meeting.rawId());
        List<Delegation> delegations = meetings.findDelegationsWithMembers(id);
        List<AgendaItem> agenda = meetings.findAgenda(id);
        VenueRef venue =
                meeting.venueId() == null ? null : venueRef(meeting, venues.get(new VenueId(meeting.venueId())));
        return assemble(
                meeting,
                venue,
                refTo(meeting.parentConferenceId()),
                refTo(meeting.followUpOfId()),
                delegations,
                agenda,
                peopleIn(delegations, agenda),
                protocol.rules());
    }

    /** Like {@link #details}, for many meetings at once: one query per kind of thing, not per meeting. */
    private List<MeetingDetails> detailsOf(List<Meeting> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids =
                found.stream().map(Meeting::rawId).map(Objects::requireNonNull).toList();
        Map<Long, Set<Delegation>> delegationsByMeeting = new HashMap<>();
        for (Object[] row : meetings.findDelegationsWithMembersOf(ids)) {
            // a fetch join repeats the delegation once per member
            delegationsByMeeting
                    .computeIfAbsent((Long) row[0], k -> new LinkedHashSet<>())
                    .add((Delegation) row[1]);
        }
        Map<Long, List<AgendaItem>> agendaByMeeting = new HashMap<>();
        for (Object[] row : meetings.findAgendaOf(ids)) {
            agendaByMeeting
                    .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add((AgendaItem) row[1]);
        }
        Map<PersonId, Person> personById = peopleIn(
                delegationsByMeeting.values().stream().flatMap(Set::stream).toList(),
                agendaByMeeting.values().stream().flatMap(List::stream).toList());
        Map<VenueId, Venue> venueById = venuesOf(found);
        Set<Long> referenced = new HashSet<>();
        found.forEach(m -> {
            if (m.parentConferenceId() != null) {
                referenced.add(m.parentConferenceId());
            }
            if (m.followUpOfId() != null) {
                referenced.add(m.followUpOfId());
            }
        });
        Classification clearance = currentUser.require().clearance();
        Map<Long, MeetingRef> refById = new HashMap<>();
        meetings.findAllById(referenced).stream()
                .filter(other -> clearance.covers(other.classification()))
                .forEach(other -> refById.put(Objects.requireNonNull(other.rawId()), ref(other)));
        List<MeetingDetails> result = new ArrayList<>(found.size());
        ProtocolRules rules = protocol.rules();
        for (Meeting meeting : found) {
            long id = Objects.requireNonNull(meeting.rawId());
            VenueRef venue =
                    meeting.venueId() == null ? null : venueRef(meeting, venueById.get(new VenueId(meeting.venueId())));
            List<Delegation> delegations = List.copyOf(delegationsByMeeting.getOrDefault(id, Set.of()));
            result.add(assemble(
                    meeting,
                    venue,
                    meeting.parentConferenceId() == null ? null : refById.get(meeting.parentConferenceId()),
                    meeting.followUpOfId() == null ? null : refById.get(meeting.followUpOfId()),
                    delegations,
                    agendaByMeeting.getOrDefault(id, List.of()),
                    personById,
                    rules));
        }
        return result;
    }

    private Map<PersonId, Person> peopleIn(Collection<Delegation> delegations, Collection<AgendaItem> agenda) {
        Set<PersonId> personIds = new HashSet<>();
        delegations.forEach(d -> d.members().forEach(m -> personIds.add(new PersonId(m.personId()))));
        agenda.stream().map(AgendaItem::leadPerson).filter(Objects::nonNull).forEach(personIds::add);
        return personIds.isEmpty()
                ? Map.of()
                : people.getAll(personIds).stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    private static MeetingDetails assemble(
            Meeting meeting,
            @Nullable VenueRef venue,
            @Nullable MeetingRef conference,
            @Nullable MeetingRef followUpOf,
            List<Delegation> delegations,
            List<AgendaItem> agenda,
            Map<PersonId, Person> personById,
            ProtocolRules rules) {
        return new MeetingDetails(
                meeting.id(),
                meeting.title(),
                meeting.kind(),
                meeting.tier(),
                meeting.format(),
                meeting.start(),
                meeting.end(),
                meeting.timeZone(),
                venue,
                meeting.initiatingSide(),
                meeting.hostSide(),
                meeting.classification(),
                meeting.objectives(),
                conference,
                followUpOf,
                meeting.status(),
                meeting.everApproved(),
                meeting.version(),
                meeting.createdBy(),
                meeting.createdAt(),
                meeting.updatedBy(),
                meeting.updatedAt(),
                delegations.stream()
                        .map(d -> delegationDetails(d, personById, rules))
                        .toList(),
                agenda.stream()
                        .map(a -> new AgendaItemDetails(
                                a.id(),
                                a.position(),
                                a.title(),
                                a.description(),
                                a.leadDelegation(),
                                a.leadPerson(),
                                a.leadPerson() == null ? null : nameOf(personById.get(a.leadPerson())),
                                a.plannedMinutes()))
                        .toList());
    }

    /** A delegation with its members in protocol order, or in the planner's when they set one (docs/0023). */
    private static DelegationDetails delegationDetails(
            Delegation delegation, Map<PersonId, Person> personById, ProtocolRules rules) {
        List<MemberDetails> members = delegation.members().stream()
                .map(m -> memberDetails(m, personById.get(new PersonId(m.personId())), rules))
                .toList();
        if (!delegation.manualOrder()) {
            members = rules.order(
                    members,
                    m -> m.role() == MemberRole.HEAD,
                    m -> m.rank() == null ? null : m.rank().id());
        }
        return new DelegationDetails(
                delegation.id(),
                delegation.country(),
                delegation.organisation(),
                delegation.ours(),
                members,
                delegation.manualOrder(),
                delegation.workingLanguage());
    }

    private static MemberDetails memberDetails(DelegationMember member, @Nullable Person person, ProtocolRules rules) {
        if (person == null) {
            throw new IllegalStateException("person " + member.personId() + " missing from the directory");
        }
        return new MemberDetails(
                person.id(),
                person.fullName(),
                person.title(),
                person.organisation(),
                person.email(),
                person.homeZone(),
                person.workdayStart(),
                person.workdayEnd(),
                member.role(),
                member.response(),
                person.originalName(),
                rules.rank(person.rank()).orElse(null),
                person.formOfAddress(),
                member.responseComment(),
                member.respondedAt(),
                member.responseSource());
    }

    private @Nullable MeetingRef refTo(@Nullable Long id) {
        if (id == null) {
            return null;
        }
        return meetings.findById(id)
                .map(other -> refOf(other, currentUser.require().clearance()))
                .orElse(null);
    }

    /**
     * A linked meeting (the conference, the meeting this one follows up), or nothing when it is above the caller's
     * clearance: such a meeting does not exist for them, so not even its existence shows.
     */
    private static @Nullable MeetingRef refOf(Meeting other, Classification clearance) {
        return clearance.covers(other.classification()) ? ref(other) : null;
    }

    /**
     * The links an editor could not see stay as they are: the caller saves what they were shown, which leaves out a
     * conference or an earlier meeting above their clearance, and that must not unlink it.
     */
    private void keepHiddenLinks(
            Meeting meeting, MeetingData data, @Nullable Long conferenceBefore, @Nullable Long followUpOfBefore) {
        Classification clearance = currentUser.require().clearance();
        Long conference = data.parentConference() == null && isHidden(conferenceBefore, clearance)
                ? conferenceBefore
                : meeting.parentConferenceId();
        Long followUpOf = data.followUpOf() == null && isHidden(followUpOfBefore, clearance)
                ? followUpOfBefore
                : meeting.followUpOfId();
        meeting.relink(conference, followUpOf);
    }

    private boolean isHidden(@Nullable Long meetingId, Classification clearance) {
        return meetingId != null
                && meetings.findById(meetingId)
                        .map(other -> !clearance.covers(other.classification()))
                        .orElse(false);
    }

    private static VenueRef venueRef(Meeting meeting, Venue venue) {
        Room room = meeting.roomId() == null
                ? null
                : venue.rooms().stream()
                        .filter(r -> r.id().value() == meeting.roomId())
                        .findFirst()
                        .orElse(null);
        return new VenueRef(
                venue.id(),
                venue.name(),
                venue.city(),
                venue.address(),
                venue.timeZone(),
                room == null ? null : room.id(),
                room == null ? null : room.name());
    }
}

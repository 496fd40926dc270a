package org.parley.bilateral;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.bilateral.BilateralCsv.PersonLookup;
import org.parley.bilateral.PlanBuilder.Taken;
import org.parley.bilateral.PlanModel.PlanRoom;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonFilter;
import org.parley.directory.PersonId;
import org.parley.directory.Room;
import org.parley.directory.RoomId;
import org.parley.directory.Venue;
import org.parley.directory.VenueId;
import org.parley.directory.VenueService;
import org.parley.meeting.BusyTime;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingSelection;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberRole;
import org.parley.meeting.SchedulingService;
import org.parley.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sideline bilaterals of a conference: the requests, the rooms set aside for them, planning with Timefold Solver and
 * accepting a plan as draft sideline meetings (docs/0027). Everybody who may see the conference reads; planners change
 * and plan. The conference's clearance applies through {@link MeetingService#get}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class BilateralService {

    /** The statuses of meetings that take their people's time. */
    private static final Set<MeetingStatus> OCCUPYING = EnumSet.of(
            MeetingStatus.DRAFT, MeetingStatus.PENDING_APPROVAL, MeetingStatus.APPROVED, MeetingStatus.COMPLETED);

    private static final int PROGRAMME_LIMIT = 1000;

    private final BilateralRepository requests;
    private final BilateralRooms roomSettings;
    private final BilateralSolver solver;
    private final MeetingService meetings;
    private final SchedulingService scheduling;
    private final PeopleService people;
    private final VenueService venues;
    private final PlanningRuns runs;
    private final TransactionTemplate writing;
    private final Duration solvingTime;
    private final int bufferMinutes;
    private final LocalTime dayStart;
    private final LocalTime dayEnd;

    BilateralService(
            BilateralRepository requests,
            BilateralRooms roomSettings,
            BilateralSolver solver,
            PlanningRuns runs,
            MeetingService meetings,
            SchedulingService scheduling,
            PeopleService people,
            VenueService venues,
            PlatformTransactionManager transactions,
            @Value("${parley.bilateral.solving-time:10s}") Duration solvingTime,
            @Value("${parley.bilateral.buffer-minutes:10}") int bufferMinutes,
            @Value("${parley.bilateral.day-start:08:00}") String dayStart,
            @Value("${parley.bilateral.day-end:20:00}") String dayEnd) {
        this.requests = requests;
        this.roomSettings = roomSettings;
        this.solver = solver;
        this.runs = runs;
        this.solvingTime = solvingTime;
        this.meetings = meetings;
        this.scheduling = scheduling;
        this.people = people;
        this.venues = venues;
        this.writing = new TransactionTemplate(transactions);
        this.bufferMinutes = bufferMinutes;
        this.dayStart = LocalTime.parse(dayStart);
        this.dayEnd = LocalTime.parse(dayEnd);
        if (!this.dayEnd.isAfter(this.dayStart)) {
            throw new IllegalArgumentException("parley.bilateral.day-end must be after parley.bilateral.day-start");
        }
    }

    /** The conference's requests, in the order they were made, with where the last plan put them. */
    @PreAuthorize("isAuthenticated()")
    public List<Bilateral> list(MeetingId conferenceId) {
        MeetingDetails conference = conference(conferenceId);
        return bilaterals(conference, requests.findByConference(conferenceId.value()));
    }

    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public Bilateral add(MeetingId conferenceId, BilateralRequestData data) {
        MeetingDetails conference = conference(conferenceId);
        check(data);
        BilateralEntry entry = new BilateralEntry(conferenceId.value());
        entry.apply(data, conference.timeZone());
        requests.saveAndFlush(entry);
        return bilaterals(conference, List.of(entry)).getFirst();
    }

    /** A request's new status; a declined one leaves the plan at the next planning. */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public Bilateral changeStatus(BilateralId id, BilateralStatus status) {
        BilateralEntry entry = entry(id);
        MeetingDetails conference = conference(new MeetingId(entry.conferenceId()));
        entry.status(status);
        return bilaterals(conference, List.of(entry)).getFirst();
    }

    /** Removes a request; a sideline meeting already made from it stays, as the meeting's own record. */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public void remove(BilateralId id) {
        BilateralEntry entry = entry(id);
        conference(new MeetingId(entry.conferenceId()));
        requests.delete(entry);
    }

    /** Keeps a placed bilateral where it is when the planner plans again (or lets the solver move it). */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public Bilateral pin(BilateralId id, boolean pinned) {
        BilateralEntry entry = entry(id);
        MeetingDetails conference = conference(new MeetingId(entry.conferenceId()));
        entry.pin(pinned);
        return bilaterals(conference, List.of(entry)).getFirst();
    }

    /**
     * Adds every request of a CSV text with a header row, or, if any line is wrong, none of them and every line's
     * problems.
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public ImportResult importCsv(MeetingId conferenceId, String csv) {
        MeetingDetails conference = conference(conferenceId);
        Map<String, PersonLookup> cache = new HashMap<>();
        BilateralCsv.Parsed parsed = BilateralCsv.parse(csv, name -> cache.computeIfAbsent(name, this::personNamed));
        if (!parsed.errors().isEmpty() || parsed.rows().isEmpty()) {
            return new ImportResult(
                    0,
                    parsed.errors().isEmpty()
                            ? List.of(new ImportResult.RowError(0, "bilateral.csv.empty", List.of()))
                            : parsed.errors());
        }
        List<BilateralEntry> entries = parsed.rows().stream()
                .map(row -> {
                    BilateralEntry entry = new BilateralEntry(conferenceId.value());
                    entry.apply(row.data(), conference.timeZone());
                    return entry;
                })
                .toList();
        requests.saveAll(entries);
        return new ImportResult(entries.size(), List.of());
    }

    /** The rooms of the conference's venue, and which of them it sets aside for bilaterals. */
    @PreAuthorize("isAuthenticated()")
    public List<BilateralRoom> rooms(MeetingId conferenceId) {
        MeetingDetails conference = conference(conferenceId);
        if (conference.venue() == null) {
            return List.of();
        }
        Set<Long> setAside = roomSettings.roomsOf(conferenceId.value());
        return venues.get(conference.venue().id()).rooms().stream()
                .map(room -> new BilateralRoom(room, setAside.contains(room.id().value())))
                .toList();
    }

    /** Sets aside these rooms of the conference's venue for bilaterals (and no others). */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public List<BilateralRoom> setRooms(MeetingId conferenceId, Set<RoomId> rooms) {
        MeetingDetails conference = conference(conferenceId);
        Set<RoomId> ofVenue = conference.venue() == null
                ? Set.of()
                : venues.get(conference.venue().id()).rooms().stream()
                        .map(Room::id)
                        .collect(Collectors.toSet());
        if (!ofVenue.containsAll(rooms)) {
            throw new InvalidBilateralException(List.of("bilateral.problem.roomElsewhere"));
        }
        roomSettings.setRooms(
                conferenceId.value(), rooms.stream().map(RoomId::value).toList());
        return rooms(conferenceId);
    }

    /** How long it takes to walk between two venues, both ways; planning keeps that much more between bilaterals. */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public void setWalkingTime(VenueId from, VenueId to, int minutes) {
        if (from.equals(to) || minutes < 0 || minutes > 240) {
            throw new InvalidBilateralException(List.of("bilateral.problem.walkingTime"));
        }
        venues.get(from);
        venues.get(to);
        roomSettings.setWalkingTime(from.value(), to.value(), minutes);
    }

    /**
     * Starts planning the conference's bilaterals with Timefold Solver in the background, for at most the configured
     * time, and returns at once; {@link #planRun} tells how it goes. The result is kept on the requests: each placed
     * one's start and room, each left-out one's reason. Pinned bilaterals and those whose meeting has left the draft
     * stage stay where they are. Refused while the conference has a run going.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('PLANNER')")
    public PlanRun startPlanning(MeetingId conferenceId) {
        begin(conferenceId);
        return runs.get(conferenceId);
    }

    /** Plans as {@link #startPlanning} does and waits for the result. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('PLANNER')")
    public PlanOutcome plan(MeetingId conferenceId) {
        try {
            return begin(conferenceId).join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    /** The conference's latest planning run on this server: running with its best score so far, or how it ended. */
    @PreAuthorize("isAuthenticated()")
    public PlanRun planRun(MeetingId conferenceId) {
        conference(conferenceId);
        return runs.get(conferenceId);
    }

    /** Stops a planning run of the conference early; it ends with the best plan found so far. */
    @PreAuthorize("hasRole('PLANNER')")
    public void stopPlanning(MeetingId conferenceId) {
        conference(conferenceId);
        runs.stopping(conferenceId);
        solver.stop(conferenceId.value());
    }

    private CompletableFuture<PlanOutcome> begin(MeetingId conferenceId) {
        if (solver.isSolving(conferenceId.value())) {
            throw new InvalidBilateralException(List.of("bilateral.problem.alreadyPlanning"));
        }
        BilateralPlan problem = Objects.requireNonNull(writing.execute(status -> problem(conferenceId)));
        return runs.start(conferenceId, solvingTime, problem.bilaterals().size(), () -> {
            BilateralPlan solved =
                    solver.solve(conferenceId.value(), problem, best -> runs.improved(conferenceId, best));
            return Objects.requireNonNull(writing.execute(status -> keep(conferenceId, solved)));
        });
    }

    /**
     * Makes the plan real, in one transaction: one draft sideline meeting of the conference per placed bilateral, or
     * the one made before moved to its new place while still a draft. Returns how many meetings were made or moved.
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public int accept(MeetingId conferenceId) {
        MeetingDetails conference = conference(conferenceId);
        List<BilateralEntry> entries = requests.findByConference(conferenceId.value());
        Map<PersonId, Person> persons = personsOf(entries);
        Map<Long, Room> rooms = roomsById(conference);
        int changed = 0;
        for (BilateralEntry entry : entries) {
            Instant start = entry.plannedStart();
            Long roomId = entry.plannedRoomId();
            if (start == null || roomId == null || !entry.status().needsPlace() || !rooms.containsKey(roomId)) {
                continue;
            }
            Room room = rooms.get(roomId);
            MeetingData data = meetingData(conference, entry, persons, room, start);
            if (entry.meetingId() == null) {
                entry.meeting(meetings.create(data, true).id().value());
                changed++;
            } else {
                MeetingDetails made = meetings.get(new MeetingId(entry.meetingId()));
                boolean moved = !made.start().equals(start)
                        || made.venue() == null
                        || !room.id().equals(made.venue().room());
                if (made.status() == MeetingStatus.DRAFT && moved) {
                    meetings.update(
                            made.id(),
                            withDelegationsOf(made, data),
                            made.version(),
                            org.parley.meeting.Acknowledged.CONFLICTS);
                    changed++;
                }
            }
            entry.status(BilateralStatus.PLANNED);
        }
        return changed;
    }

    // --- planning ------------------------------------------------------------------------------------------------

    private BilateralPlan problem(MeetingId conferenceId) {
        MeetingDetails conference = conference(conferenceId);
        ZoneId zone = conference.timeZone();
        LocalDate firstDay = LocalDate.ofInstant(conference.start(), zone);
        LocalDate lastDay = LocalDate.ofInstant(conference.end().minusNanos(1), zone);
        Instant from = firstDay.atStartOfDay(zone).toInstant();
        Instant to = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        List<BilateralEntry> entries = requests.findByConference(conferenceId.value()).stream()
                .filter(e -> e.status().needsPlace())
                .toList();
        Map<Long, Room> roomById = roomsById(conference);
        List<PlanRoom> rooms = roomSettings.roomsOf(conferenceId.value()).stream()
                .map(roomById::get)
                .filter(Objects::nonNull)
                .map(r -> new PlanRoom(r.id().value(), r.venueId().value(), r.name(), r.capacity()))
                .toList();

        Set<PersonId> principals = new HashSet<>();
        entries.forEach(e -> {
            principals.add(new PersonId(e.ourPrincipalId()));
            principals.add(new PersonId(e.counterpartPrincipalId()));
        });
        Set<MeetingId> ours = new HashSet<>();
        ours.add(conferenceId);
        entries.stream()
                .map(BilateralEntry::meetingId)
                .filter(Objects::nonNull)
                .forEach(m -> ours.add(new MeetingId(m)));
        List<Taken> taken = new ArrayList<>();
        for (BusyTime busy : scheduling.busyTimes(
                principals, rooms.stream().map(r -> new RoomId(r.id())).collect(Collectors.toSet()), from, to, ours)) {
            taken.add(new Taken(
                    busy.person() == null ? -1 : busy.person().value(),
                    busy.room() == null ? -1 : busy.room().value(),
                    busy.venue() == null ? PlanRules.NO_VENUE : busy.venue().value(),
                    busy.start(),
                    busy.end()));
        }
        // the conference's own programme keeps every principal busy, whoever its delegations name
        for (MeetingDetails session : programme(conferenceId, from, to, ours)) {
            long venue = session.venue() == null
                    ? PlanRules.NO_VENUE
                    : session.venue().id().value();
            principals.forEach(p -> taken.add(new Taken(p.value(), -1, venue, session.start(), session.end())));
        }

        Map<Long, MeetingDetails> made = new HashMap<>();
        entries.stream()
                .map(BilateralEntry::meetingId)
                .filter(Objects::nonNull)
                .forEach(m -> made.put(m, meetings.get(new MeetingId(m))));
        List<PlanBuilder.Request> planned =
                entries.stream().map(e -> request(e, made)).toList();
        Set<Long> venueIds = rooms.stream().map(PlanRoom::venueId).collect(Collectors.toSet());
        taken.stream().map(Taken::venueId).filter(v -> v != PlanRules.NO_VENUE).forEach(venueIds::add);
        PlanBuilder.Frame frame = new PlanBuilder.Frame(
                zone, firstDay, lastDay, dayStart, dayEnd, bufferMinutes, roomSettings.walkingTimes(venueIds));
        return PlanBuilder.build(frame, rooms, taken, planned);
    }

    /** A request as planning sees it; a bilateral whose meeting has left the draft stage stays where the meeting is. */
    private static PlanBuilder.Request request(BilateralEntry e, Map<Long, MeetingDetails> made) {
        Instant previousStart = e.plannedStart();
        Long previousRoom = e.plannedRoomId();
        boolean pinned = e.pinned();
        MeetingDetails meeting = e.meetingId() == null ? null : made.get(e.meetingId());
        if (meeting != null) {
            previousStart = meeting.start();
            previousRoom = meeting.venue() == null || meeting.venue().room() == null
                    ? null
                    : meeting.venue().room().value();
            pinned = pinned || meeting.status() != MeetingStatus.DRAFT;
        }
        List<Taken> unavailable = e.unavailable().stream()
                .map(s -> new Taken(e.counterpartPrincipalId(), -1, PlanRules.NO_VENUE, s.start(), s.end()))
                .toList();
        return new PlanBuilder.Request(
                e.id().value(),
                e.ourPrincipalId(),
                e.counterpartPrincipalId(),
                e.partySize(),
                e.durationMinutes(),
                e.priority(),
                e.precedence(),
                e.earliest(),
                e.latest(),
                e.preferredFrom(),
                e.preferredTo(),
                unavailable,
                previousStart,
                previousRoom,
                pinned);
    }

    private List<MeetingDetails> programme(MeetingId conferenceId, Instant from, Instant to, Set<MeetingId> ours) {
        MeetingSelection selection = new MeetingSelection(MeetingFilter.all(), conferenceId, OCCUPYING, from, to, from);
        return meetings.select(selection, PROGRAMME_LIMIT).stream()
                .filter(m -> !ours.contains(m.id()))
                .toList();
    }

    private PlanOutcome keep(MeetingId conferenceId, BilateralPlan solved) {
        MeetingDetails conference = conference(conferenceId);
        Map<Long, PlannedBilateral> byId =
                solved.bilaterals().stream().collect(Collectors.toMap(PlannedBilateral::id, Function.identity()));
        PlanRules rules = solved.bilaterals().isEmpty()
                ? null
                : solved.bilaterals().getFirst().rules();
        List<BilateralEntry> entries = requests.findByConference(conferenceId.value());
        for (BilateralEntry entry : entries) {
            PlannedBilateral planned = byId.get(entry.id().value());
            if (planned == null || rules == null) {
                continue;
            }
            if (planned.placement() == null) {
                entry.leaveOut(PlanCheck.reasonFor(planned, solved));
            } else {
                entry.place(rules.instantOf(planned.start()), planned.room().id());
            }
        }
        return new PlanOutcome(scoreOf(solved.score()), bilaterals(conference, entries));
    }

    static PlanScore scoreOf(@Nullable HardMediumSoftScore score) {
        return score == null
                ? new PlanScore(0, 0, 0)
                : new PlanScore(score.hardScore(), score.mediumScore(), score.softScore());
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private MeetingDetails conference(MeetingId id) {
        MeetingDetails conference = meetings.get(id);
        if (conference.kind() != MeetingKind.CONFERENCE && conference.kind() != MeetingKind.SUMMIT) {
            throw new InvalidBilateralException(List.of("bilateral.problem.notConference"));
        }
        return conference;
    }

    private BilateralEntry entry(BilateralId id) {
        return requests.findById(id.value()).orElseThrow(() -> new NotFoundException("Bilateral request"));
    }

    private void check(BilateralRequestData data) {
        List<String> problems = data.problems();
        if (!problems.isEmpty()) {
            throw new InvalidBilateralException(problems);
        }
        if (people.getAll(List.of(data.ourPrincipal(), data.counterpartPrincipal()))
                        .size()
                != 2) {
            throw new NotFoundException("A principal");
        }
    }

    private PersonLookup personNamed(String name) {
        List<Person> found = people.find(PersonFilter.byText(name), PageRequest.of(0, 20)).getContent().stream()
                .filter(p -> p.fullName().equalsIgnoreCase(name.strip()))
                .toList();
        if (found.size() == 1) {
            return new PersonLookup(found.getFirst().id(), null);
        }
        return new PersonLookup(
                null, found.isEmpty() ? "bilateral.csv.unknownPerson" : "bilateral.csv.ambiguousPerson");
    }

    private Map<PersonId, Person> personsOf(Collection<BilateralEntry> entries) {
        Set<PersonId> ids = new HashSet<>();
        entries.forEach(e -> {
            ids.add(new PersonId(e.ourPrincipalId()));
            ids.add(new PersonId(e.counterpartPrincipalId()));
        });
        return people.getAll(ids).stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    private Map<Long, Room> roomsById(MeetingDetails conference) {
        if (conference.venue() == null) {
            return Map.of();
        }
        Venue venue = venues.get(conference.venue().id());
        return venue.rooms().stream().collect(Collectors.toMap(r -> r.id().value(), Function.identity()));
    }

    private List<Bilateral> bilaterals(MeetingDetails conference, List<BilateralEntry> entries) {
        Map<PersonId, Person> persons = personsOf(entries);
        Map<Long, Room> rooms = roomsById(conference);
        return entries.stream()
                .map(e -> {
                    Room room = e.plannedRoomId() == null ? null : rooms.get(e.plannedRoomId());
                    Instant start = e.plannedStart();
                    PlannedSlot slot = start == null || room == null
                            ? null
                            : new PlannedSlot(
                                    start, Objects.requireNonNull(e.plannedEnd()), room.id(), room.name(), e.pinned());
                    return new Bilateral(
                            e.id(),
                            conference.id(),
                            e.toData(conference.timeZone()),
                            nameOf(persons, e.counterpartPrincipalId()),
                            nameOf(persons, e.ourPrincipalId()),
                            e.status(),
                            slot,
                            e.unplacedReason(),
                            e.meetingId() == null ? null : new MeetingId(e.meetingId()),
                            e.version());
                })
                .toList();
    }

    private static String nameOf(Map<PersonId, Person> persons, long id) {
        Person person = persons.get(new PersonId(id));
        return person == null ? "" : person.fullName();
    }

    private static MeetingData meetingData(
            MeetingDetails conference, BilateralEntry entry, Map<PersonId, Person> persons, Room room, Instant start) {
        Person ours = persons.get(new PersonId(entry.ourPrincipalId()));
        Person theirs = persons.get(new PersonId(entry.counterpartPrincipalId()));
        if (ours == null || theirs == null) {
            throw new NotFoundException("A principal");
        }
        ZoneId zone = conference.timeZone();
        String title = ours.fullName() + " \u2013 " + theirs.fullName();
        if (title.length() > MeetingData.TITLE_MAX_LENGTH) {
            title = title.substring(0, MeetingData.TITLE_MAX_LENGTH - 1) + "\u2026";
        }
        var side = entry.toData(zone);
        return new MeetingData(
                title,
                MeetingKind.SIDELINE_MEETING,
                MeetingKind.SIDELINE_MEETING.defaultTier(),
                MeetingFormat.IN_PERSON,
                LocalDateTime.ofInstant(start, zone),
                LocalDateTime.ofInstant(Objects.requireNonNull(entry.plannedEnd()), zone),
                zone,
                room.venueId(),
                room.id(),
                side.requestedBy() == RequestedBy.US ? ours.country() : side.counterpartCountry(),
                null,
                conference.classification(),
                side.notes(),
                conference.id(),
                null,
                List.of(
                        new DelegationData(
                                ours.country(), null, true, List.of(new MemberData(ours.id(), MemberRole.HEAD))),
                        new DelegationData(
                                side.counterpartCountry(),
                                null,
                                false,
                                List.of(new MemberData(theirs.id(), MemberRole.HEAD)))),
                List.of());
    }

    /** The new time and room, keeping what planners have added to the meeting since it was made. */
    private static MeetingData withDelegationsOf(MeetingDetails made, MeetingData planned) {
        MeetingData current = made.toData();
        return new MeetingData(
                current.title(),
                current.kind(),
                current.tier(),
                current.format(),
                planned.start(),
                planned.end(),
                current.timeZone(),
                planned.venue(),
                planned.room(),
                current.initiatingSide(),
                current.hostSide(),
                current.classification(),
                current.objectives(),
                current.parentConference(),
                current.followUpOf(),
                current.delegations(),
                current.agenda());
    }
}

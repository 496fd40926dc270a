package org.parley.meeting;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonId;
import org.parley.directory.RoomId;
import org.parley.directory.VenueId;
import org.parley.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The scheduling assistant: proposes times when everyone is free, inside as many people's working hours as possible.
 * Every meeting its people are in counts as busy, including meetings above the planner's clearance, which it never
 * describes beyond "busy". Busy times come from one query bounded by the searched range. The reasoning is in
 * {@code docs/0007-scheduling-assistant.md}.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasRole('PLANNER')")
public class SchedulingService {

    private final MeetingQueries queries;
    private final MeetingRepository meetings;
    private final MeetingService meetingService;
    private final PeopleService people;
    private final Clock clock;

    SchedulingService(
            MeetingQueries queries,
            MeetingRepository meetings,
            MeetingService meetingService,
            PeopleService people,
            Clock clock) {
        this.queries = queries;
        this.meetings = meetings;
        this.meetingService = meetingService;
        this.people = people;
        this.clock = clock;
    }

    /**
     * The best times for the request, best first; when none fits, no proposals and an explanation of why. Refuses
     * only a request that is invalid, names someone not in the directory, or ignores a meeting the caller cannot see
     * (which would let them probe when its people are busy).
     */
    @PreAuthorize("hasRole('PLANNER')")
    public SlotProposals findSlots(@Valid SlotRequest request) {
        long ignored = -1;
        if (request.ignoring() != null) {
            ignored = request.ignoring().value();
            if (meetings.findVisible(ignored, meetingService.visibleClassifications())
                    .isEmpty()) {
                throw new NotFoundException("Meeting");
            }
        }
        Map<PersonId, Person> byId =
                people.getAll(request.people()).stream().collect(Collectors.toMap(Person::id, Function.identity()));
        if (byId.size() != request.people().size()) {
            throw new NotFoundException("A person to find a time for was");
        }
        List<Person> inOrder = request.people().stream().map(byId::get).toList();

        SlotSearch.Candidates candidates = SlotSearch.candidates(request, clock.instant());
        if (candidates.list().isEmpty()) {
            return SlotSearch.nothingToTry(request, candidates);
        }
        List<MeetingQueries.Busy> busy = queries.busyTimes(
                request.people().stream().map(PersonId::value).toList(),
                candidates.firstStart(),
                candidates.lastEnd(),
                ignored);
        return SlotSearch.rank(request, inOrder, candidates, busy);
    }

    /**
     * When the people or the rooms are taken between {@code from} and {@code to} by meetings other than
     * {@code ignoring}, whatever those meetings' classification (as for {@link #findSlots}, a meeting the caller may
     * not see still makes its people busy, but shows only as a time).
     */
    @PreAuthorize("hasRole('PLANNER')")
    public List<BusyTime> busyTimes(
            Set<PersonId> people, Set<RoomId> rooms, Instant from, Instant to, Set<MeetingId> ignoring) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A period ends after it starts: " + from + " to " + to);
        }
        Set<Long> ignored = ignoring.stream().map(MeetingId::value).collect(Collectors.toSet());
        return queries
                .takenTimes(
                        people.stream().map(PersonId::value).toList(),
                        rooms.stream().map(RoomId::value).toList(),
                        from,
                        to)
                .stream()
                .filter(t -> !ignored.contains(t.meetingId()))
                .map(t -> new BusyTime(
                        t.personId() == null ? null : new PersonId(t.personId()),
                        t.roomId() == null ? null : new RoomId(t.roomId()),
                        t.venueId() == null ? null : new VenueId(t.venueId()),
                        t.start(),
                        t.end()))
                .toList();
    }
}

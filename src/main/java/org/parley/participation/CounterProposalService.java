package org.parley.participation;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonId;
import org.parley.meeting.Acknowledged;
import org.parley.meeting.AnswerSource;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.NotAParticipantException;
import org.parley.security.CurrentUser;
import org.parley.security.SystemTask;
import org.parley.shared.CalendarYears;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Proposals of another time (docs/0026): a participant proposes, in Parley, through the API or from their calendar
 * program; the planner takes a proposal, which moves the meeting through {@link MeetingService#update} and so through
 * all its rules (clashes, re-approval, a concurrent change), or declines it. Everybody who may see the meeting sees its
 * proposals.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CounterProposalService {

    private final CounterProposalRepository proposals;
    private final MeetingService meetings;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CounterProposalService(
            CounterProposalRepository proposals,
            MeetingService meetings,
            PeopleService people,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.proposals = proposals;
        this.meetings = meetings;
        this.people = people;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The meeting's proposals, open ones first; the meeting must be visible to the caller. */
    @PreAuthorize("isAuthenticated()")
    public List<CounterProposal> of(MeetingId id) {
        MeetingDetails meeting = meetings.get(id);
        List<CounterProposalEntry> entries = proposals.findByMeeting(id.value());
        Map<Long, String> names =
                people
                        .getAll(entries.stream()
                                .map(e -> new PersonId(e.personId()))
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(p -> p.id().value(), Person::fullName, (a, b) -> a));
        return entries.stream()
                .map(e -> details(e, names.getOrDefault(e.personId(), ""), meeting.timeZone()))
                .toList();
    }

    /**
     * The signed-in participant proposes another time, given as wall-clock times in the meeting's zone; their earlier
     * open proposal for this meeting is superseded.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CounterProposal propose(MeetingId id, @Valid ProposalData data, AnswerSource source) {
        if (source == AnswerSource.PLANNER || source == AnswerSource.EMAIL) {
            throw new IllegalArgumentException("a participant proposes on the page or through the API");
        }
        MeetingDetails meeting = meetings.get(id);
        PersonId me = people.myPerson()
                .orElseThrow(() -> new NotAParticipantException(
                        "Your account is not linked to a person of the directory, so you answer no invitation"));
        ZoneId zone = meeting.timeZone();
        if (!MeetingData.existsIn(data.start(), zone) || !MeetingData.existsIn(data.end(), zone)) {
            throw RuleViolationException.because("participation.proposal.clocksChange", zone.getId());
        }
        return record(
                meeting,
                me,
                data.start().atZone(zone).toInstant(),
                data.end().atZone(zone).toInstant(),
                data.trimmedComment(),
                source,
                currentUser.require().getUsername());
    }

    /**
     * A proposal that a participant's calendar program sent by e-mail (an iMIP COUNTER), matched by the replies
     * reader to the meeting and the person. Only the system calls this. A repeat of the participant's open proposal
     * (the same times) changes nothing, so a message read twice is recorded once.
     */
    @Transactional
    @PreAuthorize("authentication.name == T(org.parley.security.SystemTask).SYSTEM_USERNAME")
    public CounterProposal proposeFromCalendar(
            MeetingId id, PersonId person, Instant start, Instant end, @Nullable String comment) {
        MeetingDetails meeting = meetings.get(id);
        Optional<CounterProposalEntry> same = proposals.findOpen(id.value(), person.value()).stream()
                .filter(p -> p.start().equals(start) && p.end().equals(end))
                .findFirst();
        if (same.isPresent()) {
            return details(same.get(), people.get(person).fullName(), meeting.timeZone());
        }
        LocalDateTime localStart = LocalDateTime.ofInstant(start, meeting.timeZone());
        LocalDateTime localEnd = LocalDateTime.ofInstant(end, meeting.timeZone());
        var data = new ProposalData(localStart, localEnd, comment);
        if (!data.isEndAfterStart() || !data.isNotTooLong()) {
            throw RuleViolationException.because("participation.proposal.endAfterStart");
        }
        String trimmed = data.trimmedComment();
        if (trimmed != null && trimmed.length() > org.parley.meeting.AnswerData.COMMENT_MAX_LENGTH) {
            trimmed = trimmed.substring(0, org.parley.meeting.AnswerData.COMMENT_MAX_LENGTH - 1) + "\u2026";
        }
        return record(meeting, person, start, end, trimmed, AnswerSource.EMAIL, SystemTask.SYSTEM_USERNAME);
    }

    private CounterProposal record(
            MeetingDetails meeting,
            PersonId person,
            Instant start,
            Instant end,
            @Nullable String comment,
            AnswerSource source,
            String actor) {
        boolean participant = meeting.delegations().stream()
                .flatMap(d -> d.members().stream())
                .anyMatch(m -> m.person().equals(person));
        if (!participant) {
            throw new NotAParticipantException("You are not a participant of this meeting");
        }
        if (meeting.status() == MeetingStatus.CANCELLED || meeting.status() == MeetingStatus.COMPLETED) {
            throw RuleViolationException.because("participation.proposal.closed");
        }
        Instant now = clock.instant();
        if (!start.isAfter(now)) {
            throw RuleViolationException.because("participation.proposal.past");
        }
        if (!CalendarYears.contain(start, meeting.timeZone()) || !CalendarYears.contain(end, meeting.timeZone())) {
            throw RuleViolationException.because("participation.proposal.endAfterStart");
        }
        if (start.equals(meeting.start()) && end.equals(meeting.end())) {
            throw RuleViolationException.because("participation.proposal.sameTime");
        }
        proposals
                .findOpen(meeting.id().value(), person.value())
                .forEach(earlier -> earlier.decide(CounterProposalStatus.SUPERSEDED, null, now));
        CounterProposalEntry entry = proposals.save(CounterProposalEntry.open(
                meeting.id().value(), person.value(), start, end, comment, source, actor, now));
        String name = people.get(person).fullName();
        CounterProposal proposal = details(entry, name, meeting.timeZone());
        events.publishEvent(new TimeProposed(
                meeting.id(),
                meeting.title(),
                proposal.id(),
                name,
                start,
                end,
                meeting.timeZone(),
                comment,
                source,
                actor,
                meeting.createdBy()));
        return proposal;
    }

    /**
     * Takes the proposal: the meeting the planner loaded at {@code expectedVersion} moves to the proposed time through
     * {@link MeetingService#update}, which may ask first (clashes, re-approval) or refuse (changed meanwhile, no
     * longer editable); only when the meeting has moved is the proposal marked as taken.
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public MeetingDetails accept(CounterProposalId id, long expectedVersion, Acknowledged... acknowledged) {
        CounterProposalEntry entry = openEntry(id);
        MeetingDetails meeting = meetings.get(new MeetingId(entry.meetingId()));
        MeetingData now = meeting.toData();
        ZoneId zone = meeting.timeZone();
        MeetingData moved = new MeetingData(
                now.title(),
                now.kind(),
                now.tier(),
                now.format(),
                LocalDateTime.ofInstant(entry.start(), zone),
                LocalDateTime.ofInstant(entry.end(), zone),
                zone,
                now.venue(),
                now.room(),
                now.initiatingSide(),
                now.hostSide(),
                now.classification(),
                now.objectives(),
                now.parentConference(),
                now.followUpOf(),
                now.delegations(),
                now.agenda());
        MeetingDetails updated = meetings.update(meeting.id(), moved, expectedVersion, acknowledged);
        decide(entry, true, zone);
        return updated;
    }

    /** Declines the proposal: the meeting keeps its time. */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public CounterProposal decline(CounterProposalId id) {
        CounterProposalEntry entry = openEntry(id);
        MeetingDetails meeting = meetings.get(new MeetingId(entry.meetingId()));
        return decide(entry, false, meeting.timeZone());
    }

    private CounterProposalEntry openEntry(CounterProposalId id) {
        CounterProposalEntry entry =
                proposals.findById(id.value()).orElseThrow(() -> new NotFoundException("proposal " + id.value()));
        meetings.get(new MeetingId(entry.meetingId())); // within the caller's clearance, or not found
        if (entry.status() != CounterProposalStatus.OPEN) {
            throw RuleViolationException.because("participation.proposal.notOpen");
        }
        return entry;
    }

    private CounterProposal decide(CounterProposalEntry entry, boolean accepted, ZoneId zone) {
        String me = currentUser.require().getUsername();
        entry.decide(accepted ? CounterProposalStatus.ACCEPTED : CounterProposalStatus.DECLINED, me, clock.instant());
        proposals.save(entry);
        String name = people.get(new PersonId(entry.personId())).fullName();
        events.publishEvent(new CounterProposalDecided(
                new MeetingId(entry.meetingId()),
                new CounterProposalId(entry.id()),
                name,
                accepted,
                entry.start(),
                entry.end(),
                zone,
                me));
        return details(entry, name, zone);
    }

    private static CounterProposal details(CounterProposalEntry e, String personName, ZoneId zone) {
        return new CounterProposal(
                new CounterProposalId(e.id()),
                new MeetingId(e.meetingId()),
                new PersonId(e.personId()),
                personName,
                e.start(),
                e.end(),
                zone,
                e.comment(),
                e.source(),
                e.status(),
                e.proposedAt(),
                e.decidedBy(),
                e.decidedAt());
    }
}

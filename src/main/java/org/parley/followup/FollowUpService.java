package org.parley.followup;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.parley.directory.PeopleService;
import org.parley.directory.PersonId;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingSaved;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.security.CurrentUser;
import org.parley.shared.Classification;
import org.parley.shared.Messages;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.parley.shared.SearchText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Decisions and action items recorded after a meeting, and follow-up meetings planned from them, so that the chain
 * call, experts' meeting, summit is built in two clicks. Clearance follows the meeting they belong to.
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class FollowUpService {

    /** The name under which the meeting editor plans a follow-up from a decision or action item. */
    public static final String ACTION_ITEM_SOURCE = "actionItem";

    private static final LocalDate ANY_DAY = LocalDate.of(2000, 1, 1);

    private final OutcomeRepository outcomes;
    private final MeetingService meetings;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FollowUpService(
            OutcomeRepository outcomes,
            MeetingService meetings,
            PeopleService people,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events) {
        this.outcomes = outcomes;
        this.meetings = meetings;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** Records a decision or action item of a meeting that has taken place (approved and ended, or completed). */
    @PreAuthorize("hasRole('PLANNER')")
    public Outcome record(MeetingId meetingId, @Valid OutcomeData data) {
        MeetingDetails meeting = meetings.get(meetingId);
        boolean happened = meeting.status() == MeetingStatus.COMPLETED
                || (meeting.status() == MeetingStatus.APPROVED && !meeting.end().isAfter(clock.instant()));
        if (!happened) {
            throw RuleViolationException.because("followup.rule.afterMeeting");
        }
        if (data.agendaPosition() != null
                && (data.agendaPosition() < 0
                        || data.agendaPosition() >= meeting.agenda().size())) {
            throw RuleViolationException.because("followup.rule.noSuchAgendaItem");
        }
        String ownerName = data.ownerPerson() == null
                ? null
                : people.get(data.ownerPerson()).fullName();
        Outcome recorded = outcomes.save(new OutcomeEntry(
                        meetingId,
                        meeting.title(),
                        meeting.classification(),
                        data,
                        ownerName,
                        currentUser.require().getUsername(),
                        clock.instant()))
                .toOutcome();
        events.publishEvent(new OutcomeRecorded(recorded, meeting.classification()));
        return recorded;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Outcome> outcomesOf(MeetingId meetingId) {
        meetings.get(meetingId);
        return outcomes.findByMeeting(meetingId.value()).stream()
                .map(OutcomeEntry::toOutcome)
                .toList();
    }

    /** Action items the caller may see (by their meeting's classification), soonest due first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Slice<Outcome> actionItems(ActionFilter filter, Pageable pageable) {
        Classification clearance = currentUser.require().clearance();
        List<Classification> visible = clearance.andBelow();
        String owner = filter.owner() == null ? "" : filter.owner();
        // no person has id 0: without a linked person only the items owned as a user match
        long mePerson =
                filter.assignedToMe() ? people.myPerson().map(PersonId::value).orElse(0L) : 0L;
        return outcomes.findActionItems(
                        visible,
                        owner.isBlank(),
                        SearchText.containsPattern(owner),
                        !filter.assignedToMe(),
                        currentUser.require().getUsername(),
                        mePerson,
                        filter.status() == null,
                        filter.status() == null ? ActionStatus.OPEN : filter.status(),
                        filter.dueFrom() == null,
                        filter.dueFrom() == null ? ANY_DAY : filter.dueFrom(),
                        filter.dueTo() == null,
                        filter.dueTo() == null ? ANY_DAY : filter.dueTo(),
                        pageable)
                .map(OutcomeEntry::toOutcome);
    }

    @PreAuthorize("hasRole('PLANNER')")
    public Outcome setStatus(long outcomeId, ActionStatus status) {
        OutcomeEntry entry = visibleEntry(outcomeId);
        if (entry.kind() != OutcomeKind.ACTION_ITEM) {
            throw RuleViolationException.because("followup.rule.statusOnlyForActionItems");
        }
        entry.setStatus(status);
        return entry.toOutcome();
    }

    /**
     * The meeting a decision or action item asks for, for the planner to complete in the editor; nothing is saved.
     * It carries the earlier meeting forward (delegations, a link back, two weeks later) with a title and objectives
     * from the item. Its kind is the usual next step after the earlier meeting's kind
     * ({@link MeetingKind#usualFollowUp()}: after a call, experts), not a copy of it, and not read from the item's
     * words, which may be in any language.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLANNER')")
    public MeetingData followUpDraft(long outcomeId) {
        OutcomeEntry entry = withoutFollowUp(outcomeId);
        MeetingDetails earlier = meetings.get(entry.meetingId());
        return MeetingData.followUpOf(
                earlier,
                // the planner reads and edits the title, so it comes in the planner's language
                Messages.get(Messages.current(), "followup.draft.title", entry.text()),
                entry.text(),
                earlier.kind().usualFollowUp());
    }

    /**
     * Saves the planner's follow-up meeting (a draft) and links the decision or action item to it, together: either
     * both are saved or neither is.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public MeetingDetails planFollowUp(long outcomeId, MeetingData data, boolean acknowledgeConflicts) {
        OutcomeEntry entry = withoutFollowUp(outcomeId);
        MeetingDetails created = meetings.create(data, acknowledgeConflicts);
        entry.linkFollowUp(created.id());
        return created;
    }

    private OutcomeEntry withoutFollowUp(long outcomeId) {
        OutcomeEntry entry = visibleEntry(outcomeId);
        if (entry.followUp() != null) {
            throw RuleViolationException.because("followup.rule.followUpPlanned");
        }
        return entry;
    }

    /** Keeps the copies of a meeting's title and classification in step with the meeting. */
    @EventListener
    void onMeetingSaved(MeetingSaved saved) {
        outcomes.findByMeetingIdIn(List.of(saved.meeting().value()))
                .forEach(o -> o.meetingChanged(saved.title(), saved.classification()));
    }

    private OutcomeEntry visibleEntry(long outcomeId) {
        OutcomeEntry entry = outcomes.findById(outcomeId).orElseThrow(() -> new NotFoundException("Action item"));
        meetings.get(entry.meetingId());
        return entry;
    }
}

package org.parley.meeting;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.security.SignedInUser;
import org.parley.shared.Messages;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's status and the moves between statuses. The approval feature decides when a meeting is approved;
 * this service guards which moves exist, locks the meeting while a decision is made, and announces each move.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MeetingWorkflow {

    private static final Map<MeetingStatus, Set<MeetingStatus>> MOVES = Map.of(
            MeetingStatus.DRAFT,
                    EnumSet.of(MeetingStatus.PENDING_APPROVAL, MeetingStatus.CANCELLED, MeetingStatus.POSTPONED),
            MeetingStatus.PENDING_APPROVAL,
                    EnumSet.of(
                            MeetingStatus.APPROVED,
                            MeetingStatus.REJECTED,
                            MeetingStatus.CANCELLED,
                            MeetingStatus.POSTPONED,
                            MeetingStatus.PENDING_APPROVAL),
            MeetingStatus.APPROVED,
                    EnumSet.of(
                            MeetingStatus.COMPLETED,
                            MeetingStatus.CANCELLED,
                            MeetingStatus.POSTPONED,
                            MeetingStatus.PENDING_APPROVAL),
            MeetingStatus.REJECTED,
                    EnumSet.of(MeetingStatus.PENDING_APPROVAL, MeetingStatus.CANCELLED, MeetingStatus.POSTPONED),
            MeetingStatus.POSTPONED,
                    EnumSet.of(MeetingStatus.PENDING_APPROVAL, MeetingStatus.DRAFT, MeetingStatus.CANCELLED),
            MeetingStatus.CANCELLED, EnumSet.noneOf(MeetingStatus.class),
            MeetingStatus.COMPLETED, EnumSet.noneOf(MeetingStatus.class));

    private final MeetingRepository meetings;
    private final MeetingService meetingService;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingWorkflow(
            MeetingRepository meetings,
            MeetingService meetingService,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.meetings = meetings;
        this.meetingService = meetingService;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    public static boolean allowed(MeetingStatus from, MeetingStatus to) {
        return MOVES.get(from).contains(to);
    }

    /**
     * Reads the meeting and holds a write lock on it until the transaction ends, so that two decisions on the same
     * meeting happen one after the other and the second sees the first.
     */
    @PreAuthorize("isAuthenticated()")
    public MeetingSnapshot lock(MeetingId id) {
        Meeting meeting = meetings.findVisibleForUpdate(id.value(), meetingService.visibleClassifications())
                .orElseThrow(() -> new NotFoundException("Meeting"));
        return snapshot(meeting);
    }

    /** Reads the meeting without locking it, for display. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MeetingSnapshot read(MeetingId id) {
        return snapshot(meetings.findVisible(id.value(), meetingService.visibleClassifications())
                .orElseThrow(() -> new NotFoundException("Meeting")));
    }

    /**
     * Moves the meeting to another status, or refuses with a message that says why the move does not exist. Only
     * approvers make a meeting approved or rejected, only planners make the other moves; whether an approval is due
     * (policy, four-eyes rule) is the approval feature's to decide, and ArchitectureTest keeps it the only caller.
     */
    @PreAuthorize("hasAnyRole('PLANNER', 'APPROVER', 'SENIOR_APPROVER')")
    public MeetingSnapshot moveTo(MeetingId id, MeetingStatus to) {
        SignedInUser me = currentUser.require();
        boolean decision = to == MeetingStatus.APPROVED || to == MeetingStatus.REJECTED;
        boolean mayDecide = me.hasRole(Role.APPROVER) || me.hasRole(Role.SENIOR_APPROVER);
        boolean isPlanner = me.hasRole(Role.PLANNER);
        boolean approvalRound = to == MeetingStatus.PENDING_APPROVAL;
        if (decision ? !mayDecide : !(isPlanner || (approvalRound && mayDecide))) {
            throw new AccessDeniedException("Only " + (decision ? "approvers" : "planners") + " make a meeting "
                    + to.label().toLowerCase());
        }
        Meeting meeting = meetings.findVisibleForUpdate(id.value(), meetingService.visibleClassifications())
                .orElseThrow(() -> new NotFoundException("Meeting"));
        MeetingStatus from = meeting.status();
        if (!allowed(from, to)) {
            throw refusal(from, to);
        }
        String actor = currentUser.require().getUsername();
        meeting.changeStatus(to, actor, clock.instant());
        meetings.flush();
        events.publishEvent(new MeetingStatusChanged(meeting.id(), meeting.title(), from, to, actor));
        return snapshot(meeting);
    }

    /** Pending meetings the caller may see, oldest change first; the approvals inbox filters them further. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('APPROVER', 'SENIOR_APPROVER')")
    public List<MeetingSnapshot> pendingApproval(int limit) {
        return meetings
                .findByStatusVisible(
                        MeetingStatus.PENDING_APPROVAL,
                        meetingService.visibleClassifications(),
                        org.springframework.data.domain.PageRequest.of(0, limit))
                .stream()
                .map(MeetingWorkflow::snapshot)
                .toList();
    }

    /** Why a meeting cannot go from one status to the other; the status it would become is named by its key. */
    static RuleViolationException refusal(MeetingStatus from, MeetingStatus to) {
        return switch (from) {
            case CANCELLED -> RuleViolationException.because("meeting.workflow.cancelledFinal");
            case COMPLETED -> RuleViolationException.because("meeting.workflow.completedFinal");
            case DRAFT ->
                to == MeetingStatus.APPROVED || to == MeetingStatus.REJECTED
                        ? RuleViolationException.because("meeting.workflow.submitFirst")
                        : RuleViolationException.because("meeting.workflow.draftCannotBecome", state(to));
            case APPROVED ->
                to == MeetingStatus.APPROVED
                        ? RuleViolationException.because("meeting.workflow.alreadyApproved")
                        : RuleViolationException.because("meeting.workflow.approvedCannotBecome", state(to));
            case REJECTED -> RuleViolationException.because("meeting.workflow.submitAgain");
            default -> RuleViolationException.because("meeting.workflow.cannotBecome", state(from), state(to));
        };
    }

    /** A status as a sentence says it of a meeting ("pending approval"), in the reader's language. */
    static Messages.Text state(MeetingStatus status) {
        return new Messages.Text("meeting.state." + status.name());
    }

    static MeetingSnapshot snapshot(Meeting meeting) {
        return new MeetingSnapshot(
                meeting.id(),
                meeting.title(),
                meeting.kind(),
                meeting.tier(),
                meeting.status(),
                meeting.classification(),
                meeting.createdBy(),
                meeting.start(),
                meeting.end(),
                meeting.version());
    }
}

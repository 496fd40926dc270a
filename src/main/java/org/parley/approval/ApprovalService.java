package org.parley.approval;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingSnapshot;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MeetingWorkflow;
import org.parley.meeting.Tier;
import org.parley.protocol.LanguagePair;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.security.SignedInUser;
import org.parley.shared.AuditActions;
import org.parley.shared.Messages;
import org.parley.shared.PlainText;
import org.parley.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Submissions and decisions under the approval policy and the four-eyes rule: nobody approves a meeting they created
 * or submitted, and one person cannot give two approvals of the same round. Every decision locks the meeting first,
 * so two approvers acting at the same moment are taken one after the other and the second sees the first.
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class ApprovalService {

    public static final int COMMENT_MAX_LENGTH = 2000;
    /** Pending meetings are few at any time; the inbox reads at most this many and sorts them itself. */
    static final int PENDING_LIMIT = 500;

    private final ApprovalStepRepository steps;
    private final MeetingWorkflow workflow;
    private final ApprovalPolicy policy;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final MeetingService meetings;

    ApprovalService(
            ApprovalStepRepository steps,
            MeetingWorkflow workflow,
            ApprovalPolicy policy,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock,
            MeetingService meetings) {
        this.meetings = meetings;
        this.steps = steps;
        this.workflow = workflow;
        this.policy = policy;
        this.currentUser = currentUser;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @PreAuthorize("hasRole('PLANNER')")
    public ApprovalState submit(
            MeetingId id, @Nullable @Size(max = COMMENT_MAX_LENGTH) @PlainText(multiline = true) String note) {
        MeetingSnapshot meeting = workflow.lock(id);
        if ((note == null || note.isBlank()) && !meetings.parity(id).isEmpty()) {
            // docs/0023: the approvers read why the heads of delegation may differ in rank; the timeline keeps it
            throw RuleViolationException.because("approval.rule.parityJustification");
        }
        Rounds rounds = rounds(id);
        workflow.moveTo(id, MeetingStatus.PENDING_APPROVAL);
        int round = rounds.current() + 1;
        record(meeting, round, StepKind.SUBMITTED, note);
        publish(
                AuditActions.MEETING_SUBMITTED,
                meeting,
                me().getUsername(),
                "round " + round + (note == null || note.isBlank() ? "" : ": " + note.trim()));
        return state(id);
    }

    @PreAuthorize("hasAnyRole('APPROVER', 'SENIOR_APPROVER')")
    public ApprovalState approve(
            MeetingId id,
            int round,
            @Nullable @Size(max = COMMENT_MAX_LENGTH) @PlainText(multiline = true) String comment) {
        MeetingSnapshot meeting = workflow.lock(id);
        Rounds rounds = rounds(id);
        refuseStaleDecision(meeting, rounds, round, "approve");
        whyCannotApprove(meeting, rounds, me()).ifPresent(reason -> {
            throw refused(meeting, "approve", reason);
        });
        refuseSummitWithoutInterpretation(meeting, comment);
        ApprovalPolicy.TierRule rule = policy.ruleFor(meeting.tier());
        List<ApprovalStep> given = rounds.approvalsInCurrentRound();
        boolean senior = me().hasRole(Role.SENIOR_APPROVER);
        boolean last = given.size() + 1 >= rule.approvals();
        record(meeting, round, StepKind.APPROVED, comment);
        if (last) {
            workflow.moveTo(id, MeetingStatus.APPROVED);
        }
        publish(
                AuditActions.MEETING_APPROVED,
                meeting,
                rounds.submitter(),
                "round " + round + ", approval "
                        + (given.size() + 1) + " of " + rule.approvals() + (senior ? " (senior)" : "")
                        + (comment == null || comment.isBlank() ? "" : ": " + comment.trim()));
        return state(id);
    }

    /**
     * A summit is approved only when an interpreter covers every language pair, or with the approver's reason for
     * waiving the rest in the comment, which the timeline keeps (docs/0024).
     */
    private void refuseSummitWithoutInterpretation(MeetingSnapshot meeting, @Nullable String comment) {
        if (meeting.tier() != Tier.HEAD_OF_STATE || (comment != null && !comment.isBlank())) {
            return;
        }
        List<LanguagePair> uncovered = meetings.interpretation(meeting.id()).uncoveredPairs();
        if (!uncovered.isEmpty()) {
            throw RuleViolationException.because(
                    "protocol.interpretation.waiverNeeded",
                    uncovered.stream().map(LanguagePair::code).collect(Collectors.joining(", ")));
        }
    }

    @PreAuthorize("hasAnyRole('APPROVER', 'SENIOR_APPROVER')")
    public ApprovalState reject(
            MeetingId id,
            int round,
            @NotBlank(message = "{approval.rule.rejectWhy}")
                    @Size(max = COMMENT_MAX_LENGTH)
                    @PlainText(multiline = true)
                    String comment) {
        MeetingSnapshot meeting = workflow.lock(id);
        Rounds rounds = rounds(id);
        refuseStaleDecision(meeting, rounds, round, "reject");
        whyCannotDecide(meeting, rounds, me()).ifPresent(reason -> {
            throw refused(meeting, "reject", reason);
        });
        record(meeting, round, StepKind.REJECTED, comment);
        workflow.moveTo(id, MeetingStatus.REJECTED);
        publish(AuditActions.MEETING_REJECTED, meeting, rounds.submitter(), "round " + round + ": " + comment.trim());
        return state(id);
    }

    @PreAuthorize("hasRole('PLANNER')")
    public ApprovalState cancel(
            MeetingId id,
            @NotBlank(message = "{approval.rule.cancelWhy}")
                    @Size(max = COMMENT_MAX_LENGTH)
                    @PlainText(multiline = true)
                    String reason) {
        MeetingSnapshot meeting = workflow.lock(id);
        Rounds rounds = rounds(id);
        workflow.moveTo(id, MeetingStatus.CANCELLED);
        record(meeting, rounds.current(), StepKind.CANCELLED, reason);
        publish(AuditActions.MEETING_CANCELLED, meeting, rounds.submitter(), reason.trim());
        return state(id);
    }

    @PreAuthorize("hasRole('PLANNER')")
    public ApprovalState postpone(
            MeetingId id,
            @NotBlank(message = "{approval.rule.postponeWhy}")
                    @Size(max = COMMENT_MAX_LENGTH)
                    @PlainText(multiline = true)
                    String reason) {
        MeetingSnapshot meeting = workflow.lock(id);
        workflow.moveTo(id, MeetingStatus.POSTPONED);
        record(meeting, rounds(id).current(), StepKind.POSTPONED, reason);
        return state(id);
    }

    /** A postponed meeting goes back to planning as a draft; its history stays. */
    @PreAuthorize("hasRole('PLANNER')")
    public ApprovalState reopen(MeetingId id) {
        MeetingSnapshot meeting = workflow.lock(id);
        if (meeting.status() != MeetingStatus.POSTPONED) {
            throw RuleViolationException.because("approval.rule.reopenOnlyPostponed");
        }
        workflow.moveTo(id, MeetingStatus.DRAFT);
        record(meeting, rounds(id).current(), StepKind.REOPENED, null);
        return state(id);
    }

    /** After an approved meeting has ended, the planner completes it and can then record its outcomes. */
    @PreAuthorize("hasRole('PLANNER')")
    public ApprovalState complete(MeetingId id) {
        MeetingSnapshot meeting = workflow.lock(id);
        if (meeting.status() == MeetingStatus.APPROVED && meeting.end().isAfter(clock.instant())) {
            throw RuleViolationException.because("approval.rule.completeAfterEnd");
        }
        workflow.moveTo(id, MeetingStatus.COMPLETED);
        record(meeting, rounds(id).current(), StepKind.COMPLETED, null);
        return state(id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ApprovalState state(MeetingId id) {
        MeetingSnapshot meeting = workflow.read(id);
        Rounds rounds = rounds(id);
        ApprovalPolicy.TierRule rule = policy.ruleFor(meeting.tier());
        List<ApprovalStep> given = rounds.approvalsInCurrentRound();
        boolean seniorStillNeeded = rule.seniorRequired() && given.stream().noneMatch(ApprovalStep::actorSenior);
        return new ApprovalState(
                id,
                meeting.status(),
                rounds.current(),
                given.size(),
                rule.approvals(),
                seniorStillNeeded,
                whyCannotDecide(meeting, rounds, me()).map(Reason::inReadersLanguage),
                whyCannotApprove(meeting, rounds, me()).map(Reason::inReadersLanguage),
                rounds.all().stream().map(ApprovalStep::toView).toList());
    }

    /** What waits for the caller: pending meetings they did not create or submit and have not approved yet. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('APPROVER', 'SENIOR_APPROVER')")
    public Slice<ApprovalRequest> inbox(Pageable pageable) {
        List<ApprovalRequest> waiting = waitingForMe();
        int from = (int) Math.min(pageable.getOffset(), waiting.size());
        int to = Math.min(from + pageable.getPageSize(), waiting.size());
        return new SliceImpl<>(waiting.subList(from, to), pageable, to < waiting.size());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int waitingCount() {
        SignedInUser me = me();
        if (!me.hasRole(Role.APPROVER) && !me.hasRole(Role.SENIOR_APPROVER)) {
            return 0;
        }
        return waitingForMe().size();
    }

    // --- rules ----------------------------------------------------------------------------------------------------

    private List<ApprovalRequest> waitingForMe() {
        SignedInUser me = me();
        List<MeetingSnapshot> pending = workflow.pendingApproval(PENDING_LIMIT);
        Map<Long, List<ApprovalStep>> timelines =
                steps.findTimelines(pending.stream().map(m -> m.id().value()).toList()).stream()
                        .collect(Collectors.groupingBy(ApprovalStep::meetingId));
        List<ApprovalRequest> waiting = new ArrayList<>();
        for (MeetingSnapshot meeting : pending) {
            Rounds rounds = new Rounds(timelines.getOrDefault(meeting.id().value(), List.of()));
            if (whyCannotDecide(meeting, rounds, me).isPresent()) {
                continue;
            }
            ApprovalStep submission = rounds.submissionOfCurrentRound();
            waiting.add(new ApprovalRequest(
                    meeting.id(),
                    meeting.title(),
                    meeting.kind(),
                    meeting.tier(),
                    meeting.classification(),
                    meeting.start(),
                    meeting.end(),
                    submission == null ? meeting.createdBy() : submission.actor(),
                    submission == null ? meeting.start() : submission.takenAt(),
                    rounds.current(),
                    rounds.approvalsInCurrentRound().size(),
                    policy.ruleFor(meeting.tier()).approvals(),
                    whyCannotApprove(meeting, rounds, me).map(Reason::inReadersLanguage)));
        }
        waiting.sort(Comparator.comparing(ApprovalRequest::submittedAt)
                .thenComparing(r -> r.meeting().value()));
        return waiting;
    }

    /** Why a decision is not open to the caller: a text of the approval bundle and its arguments. */
    private record Reason(String key, Object... arguments) {

        String inReadersLanguage() {
            return Messages.get(Messages.current(), key, arguments);
        }

        RuleViolationException exception() {
            return RuleViolationException.because(key, arguments);
        }
    }

    private Optional<Reason> whyCannotDecide(MeetingSnapshot meeting, Rounds rounds, SignedInUser me) {
        if (!me.hasRole(Role.APPROVER) && !me.hasRole(Role.SENIOR_APPROVER)) {
            return Optional.of(new Reason("approval.why.notApprover"));
        }
        if (meeting.status() != MeetingStatus.PENDING_APPROVAL) {
            return Optional.of(new Reason("approval.why.notPending"));
        }
        String username = me.getUsername();
        if (meeting.createdBy().equals(username)) {
            return Optional.of(new Reason("approval.why.created"));
        }
        if (rounds.submitters().contains(username)) {
            return Optional.of(new Reason("approval.why.submitted"));
        }
        if (rounds.approvalsInCurrentRound().stream().anyMatch(s -> s.actor().equals(username))) {
            return Optional.of(new Reason("approval.why.approvedAlready"));
        }
        return Optional.empty();
    }

    /**
     * Why the caller may not approve now although they may decide: the last approval a tier needs from a senior
     * approver cannot come from anyone else. Rejecting stays open to them.
     */
    private Optional<Reason> whyCannotApprove(MeetingSnapshot meeting, Rounds rounds, SignedInUser me) {
        Optional<Reason> cannotDecide = whyCannotDecide(meeting, rounds, me);
        if (cannotDecide.isPresent()) {
            return cannotDecide;
        }
        ApprovalPolicy.TierRule rule = policy.ruleFor(meeting.tier());
        List<ApprovalStep> given = rounds.approvalsInCurrentRound();
        boolean last = given.size() + 1 >= rule.approvals();
        boolean seniorGiven = given.stream().anyMatch(ApprovalStep::actorSenior);
        if (last && rule.seniorRequired() && !seniorGiven && !me.hasRole(Role.SENIOR_APPROVER)) {
            return Optional.of(
                    new Reason("approval.why.seniorLast." + meeting.tier().name()));
        }
        return Optional.empty();
    }

    /** A decision made on an old view of the meeting is refused with what happened meanwhile. */
    private void refuseStaleDecision(MeetingSnapshot meeting, Rounds rounds, int round, String attempt) {
        ApprovalStep last = rounds.lastDecision();
        if (meeting.status() != MeetingStatus.PENDING_APPROVAL && last != null) {
            throw refused(
                    meeting,
                    attempt,
                    new Reason(
                            "approval.why.decided." + last.kind().name(),
                            last.actor(),
                            last.takenAt().toString(),
                            last.comment() == null ? "" : ": " + last.comment()));
        }
        if (meeting.status() == MeetingStatus.PENDING_APPROVAL && round != rounds.current()) {
            throw refused(meeting, attempt, new Reason("approval.why.resubmitted"));
        }
    }

    /**
     * The exception that refuses a decision, and the refusal's entry in the audit log. The decision's transaction
     * rolls back, so the entry is written after it, in a transaction of its own (docs/0004-audit-log.md).
     */
    private RuleViolationException refused(MeetingSnapshot meeting, String attempt, Reason reason) {
        ApprovalEvent refusal = new ApprovalEvent(
                me().getUsername(),
                AuditActions.DECISION_REFUSED,
                meeting.id(),
                meeting.title(),
                meeting.createdBy(),
                "",
                attempt + ": " + reason.exception().getMessage());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    ownTransaction.executeWithoutResult(s -> events.publishEvent(refusal));
                }
            });
        } else {
            ownTransaction.executeWithoutResult(s -> events.publishEvent(refusal));
        }
        return reason.exception();
    }

    private void record(MeetingSnapshot meeting, int round, StepKind kind, @Nullable String comment) {
        SignedInUser me = me();
        steps.save(new ApprovalStep(
                meeting.id().value(),
                round,
                kind,
                me.getUsername(),
                me.hasRole(Role.SENIOR_APPROVER),
                clock.instant(),
                comment));
    }

    private void publish(String action, MeetingSnapshot meeting, String submitter, String details) {
        events.publishEvent(new ApprovalEvent(
                me().getUsername(), action, meeting.id(), meeting.title(), meeting.createdBy(), submitter, details));
    }

    private Rounds rounds(MeetingId id) {
        return new Rounds(steps.findTimeline(id.value()));
    }

    private SignedInUser me() {
        return currentUser.require();
    }

    /** The timeline of one meeting, read once and asked several questions. */
    record Rounds(List<ApprovalStep> all) {

        int current() {
            return all.stream().mapToInt(ApprovalStep::round).max().orElse(0);
        }

        List<ApprovalStep> approvalsInCurrentRound() {
            int round = current();
            return all.stream()
                    .filter(s -> s.round() == round && s.kind() == StepKind.APPROVED)
                    .toList();
        }

        java.util.Set<String> submitters() {
            return all.stream()
                    .filter(s -> s.kind() == StepKind.SUBMITTED || s.kind() == StepKind.RETURNED)
                    .map(ApprovalStep::actor)
                    .collect(Collectors.toSet());
        }

        @Nullable
        ApprovalStep submissionOfCurrentRound() {
            int round = current();
            return all.stream()
                    .filter(s ->
                            s.round() == round && (s.kind() == StepKind.SUBMITTED || s.kind() == StepKind.RETURNED))
                    .reduce((a, b) -> b)
                    .orElse(null);
        }

        String submitter() {
            ApprovalStep submission = submissionOfCurrentRound();
            return submission == null ? "" : submission.actor();
        }

        @Nullable
        ApprovalStep lastDecision() {
            return all.stream()
                    .filter(s -> s.kind() != StepKind.SUBMITTED)
                    .reduce((a, b) -> b)
                    .orElse(null);
        }
    }
}

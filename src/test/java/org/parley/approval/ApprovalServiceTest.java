package org.parley.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.MutableClock;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.directory.Person;
import org.parley.followup.FollowUpService;
import org.parley.followup.OutcomeData;
import org.parley.followup.OutcomeKind;
import org.parley.meeting.Acknowledged;
import org.parley.meeting.AgendaItemData;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.ReapprovalNeedsConfirmationException;
import org.parley.security.NewUser;
import org.parley.security.Role;
import org.parley.security.SystemTask;
import org.parley.security.UserService;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@ParleyTest
class ApprovalServiceTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    ApprovalService approvals;

    @Autowired
    MeetingService meetings;

    @Autowired
    FollowUpService followUps;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers users;

    @Autowired
    UserService userService;

    @Autowired
    MutableClock clock;

    @Autowired
    org.parley.meeting.MeetingWorkflow workflow;

    @Autowired
    org.parley.audit.AuditService audit;

    private Person ru;
    private Person us;
    private int year;

    @BeforeEach
    void people() {
        int n = counter.incrementAndGet();
        year = 2100 + n;
        ru = directory.person("Approval RU " + n, new CountryCode("RU"), MOSCOW);
        us = directory.person("Approval US " + n, new CountryCode("US"), ZoneId.of("America/New_York"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private MeetingData data(String title, MeetingKind kind, LocalDateTime start) {
        return MeetingDataBuilder.meeting(title)
                .kind(kind)
                .format(MeetingFormat.VIRTUAL)
                .at(start, start.plusHours(1), MOSCOW)
                .classification(Classification.RESTRICTED)
                .headedBy(new CountryCode("RU"), ru.id(), new CountryCode("US"), us.id())
                .agenda(List.of(new AgendaItemData("Channels", "", 30)))
                .build();
    }

    private MeetingId planned(MeetingKind kind) {
        return users.as(
                "planner",
                () -> meetings.create(data(kind.label() + " " + year, kind, LocalDateTime.of(year, 5, 5, 10, 0)), true)
                        .id());
    }

    private MeetingId submitted(MeetingKind kind) {
        MeetingId id = planned(kind);
        users.as("planner", () -> approvals.submit(id, "Please approve"));
        return id;
    }

    private MeetingStatus status(MeetingId id) {
        return users.as("planner", () -> meetings.get(id).status());
    }

    @Test
    void a_working_level_meeting_needs_one_approval_by_someone_else() {
        MeetingId id = submitted(MeetingKind.EXPERT_MEETING);
        assertThat(status(id)).isEqualTo(MeetingStatus.PENDING_APPROVAL);

        ApprovalState state = users.as("approver2", () -> approvals.approve(id, 1, "Fine"));

        assertThat(state.status()).isEqualTo(MeetingStatus.APPROVED);
        assertThat(state.timeline())
                .extracting(TimelineStep::kind, TimelineStep::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(StepKind.SUBMITTED, "planner"),
                        org.assertj.core.groups.Tuple.tuple(StepKind.APPROVED, "approver2"));
    }

    @Test
    void invalid_moves_are_refused_with_a_clear_message() {
        MeetingId draft = planned(MeetingKind.EXPERT_MEETING);

        assertThatThrownBy(() -> users.as("approver", () -> approvals.approve(draft, 0, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("The meeting is not waiting for approval");
        assertThatThrownBy(() -> users.as("planner", () -> approvals.complete(draft)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("A draft cannot become completed");
        users.as("planner", () -> approvals.cancel(draft, "Overtaken by events"));
        assertThatThrownBy(() -> users.as("planner", () -> approvals.submit(draft, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("A cancelled meeting cannot change any more");
        assertThatThrownBy(() -> users.as(
                        "planner",
                        () -> meetings.update(
                                draft,
                                data("Edited", MeetingKind.EXPERT_MEETING, LocalDateTime.of(year, 5, 5, 10, 0)),
                                meetings.get(draft).version(),
                                Acknowledged.CONFLICTS,
                                Acknowledged.REAPPROVAL)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("A cancelled meeting cannot be edited");
    }

    @Test
    void nobody_approves_a_meeting_they_created_or_submitted() {
        SystemTask.runAsSystem(() -> userService.create(new NewUser(
                "dual" + year,
                "Dual Role",
                null,
                EnumSet.of(Role.PLANNER, Role.APPROVER),
                Classification.SECRET,
                MOSCOW,
                "en",
                "a long and unusual pass phrase")));
        String dual = "dual" + year;
        MeetingId own = users.as(
                dual,
                () -> meetings.create(
                                data("Own work", MeetingKind.EXPERT_MEETING, LocalDateTime.of(year, 6, 1, 10, 0)), true)
                        .id());
        users.as(dual, () -> approvals.submit(own, null));

        assertThatThrownBy(() -> users.as(dual, () -> approvals.approve(own, 1, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("You created this meeting");
        assertThat(users.as(dual, () -> approvals.inbox(PageRequest.of(0, 50))).getContent())
                .noneMatch(r -> r.meeting().equals(own));

        MeetingId theirs = planned(MeetingKind.EXPERT_MEETING);
        users.as(dual, () -> approvals.submit(theirs, null));
        assertThatThrownBy(() -> users.as(dual, () -> approvals.approve(theirs, 1, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("You submitted this meeting");
        assertThat(users.as("approver", () -> approvals.approve(theirs, 1, null))
                        .status())
                .isEqualTo(MeetingStatus.APPROVED);
    }

    @Test
    void a_summit_needs_two_approvals_by_different_people_one_of_them_senior() {
        MeetingId summit = submitted(MeetingKind.SUMMIT);

        ApprovalState first = users.as("approver", () -> approvals.approve(summit, 1, "Agreed"));
        assertThat(first.status()).isEqualTo(MeetingStatus.PENDING_APPROVAL);
        assertThat(first.approvalsGiven()).isEqualTo(1);
        assertThat(first.approvalsNeeded()).isEqualTo(2);
        assertThat(first.seniorNeeded()).isTrue();

        assertThatThrownBy(() -> users.as("approver", () -> approvals.approve(summit, 1, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("You already approved");
        assertThatThrownBy(() -> users.as("approver2", () -> approvals.approve(summit, 1, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("must come from a senior approver");

        ApprovalState second = users.as("senior", () -> approvals.approve(summit, 1, null));
        assertThat(second.status()).isEqualTo(MeetingStatus.APPROVED);
        assertThat(second.approvalsGiven()).isEqualTo(2);
    }

    @Test
    void a_senior_approval_first_lets_an_ordinary_approver_give_the_second() {
        MeetingId summit = submitted(MeetingKind.SUMMIT);

        users.as("senior", () -> approvals.approve(summit, 1, null));

        assertThat(users.as("approver2", () -> approvals.approve(summit, 1, null))
                        .status())
                .isEqualTo(MeetingStatus.APPROVED);
    }

    @Test
    void rejecting_needs_a_comment_and_the_planner_can_submit_again() {
        MeetingId id = submitted(MeetingKind.MINISTERIAL_MEETING);

        assertThatThrownBy(() -> users.as("approver", () -> approvals.reject(id, 1, " ")))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Say why you reject it");
        ApprovalState rejected = users.as("approver", () -> approvals.reject(id, 1, "Move it to the afternoon"));
        assertThat(rejected.status()).isEqualTo(MeetingStatus.REJECTED);
        assertThat(rejected.timeline().getLast().comment()).isEqualTo("Move it to the afternoon");

        MeetingDetails current = users.as("planner", () -> meetings.get(id));
        users.as(
                "planner",
                () -> meetings.update(
                        id,
                        data(current.title(), MeetingKind.MINISTERIAL_MEETING, LocalDateTime.of(year, 5, 5, 15, 0)),
                        current.version(),
                        Acknowledged.CONFLICTS,
                        Acknowledged.REAPPROVAL));
        ApprovalState again = users.as("planner", () -> approvals.submit(id, "Moved to 15:00"));
        assertThat(again.status()).isEqualTo(MeetingStatus.PENDING_APPROVAL);
        assertThat(again.round()).isEqualTo(2);
        assertThat(again.approvalsGiven()).isZero();
    }

    @Test
    void a_material_change_to_an_approved_meeting_needs_approval_again_but_agenda_text_does_not() {
        MeetingId id = submitted(MeetingKind.EXPERT_MEETING);
        users.as("approver", () -> approvals.approve(id, 1, null));

        MeetingDetails approved = users.as("planner", () -> meetings.get(id));
        MeetingData agendaOnly = MeetingDataBuilder.meeting(approved.title())
                .kind(approved.kind())
                .tier(approved.tier())
                .format(approved.format())
                .at(approved.toData().start(), approved.toData().end(), MOSCOW)
                .classification(approved.classification())
                .objectives("New objectives")
                .delegations(approved.toData().delegations())
                .agenda(List.of(new AgendaItemData("Channels, reworded", "More detail", 40)))
                .build();
        MeetingDetails edited =
                users.as("planner", () -> meetings.update(id, agendaOnly, approved.version(), Acknowledged.CONFLICTS));
        assertThat(edited.status()).isEqualTo(MeetingStatus.APPROVED);

        MeetingData moved = data(approved.title(), MeetingKind.EXPERT_MEETING, LocalDateTime.of(year, 5, 6, 10, 0));
        // like clashes, the service asks first: nothing changes until the planner confirms
        assertThatThrownBy(() ->
                        users.as("planner", () -> meetings.update(id, moved, edited.version(), Acknowledged.CONFLICTS)))
                .isInstanceOfSatisfying(ReapprovalNeedsConfirmationException.class, asked -> {
                    assertThat(asked.changes()).contains("start", "end");
                    assertThat(asked.status()).isEqualTo(MeetingStatus.APPROVED);
                });
        assertThat(users.as("planner", () -> meetings.get(id)).status()).isEqualTo(MeetingStatus.APPROVED);
        MeetingDetails changed = users.as(
                "planner",
                () -> meetings.update(id, moved, edited.version(), Acknowledged.CONFLICTS, Acknowledged.REAPPROVAL));

        assertThat(changed.status()).isEqualTo(MeetingStatus.PENDING_APPROVAL);
        ApprovalState state = users.as("approver", () -> approvals.state(id));
        assertThat(state.round()).isEqualTo(2);
        assertThat(state.timeline().getLast().kind()).isEqualTo(StepKind.RETURNED);
        assertThat(state.timeline().getLast().comment()).contains("start").contains("end");
        assertThat(users.as("approver", () -> approvals.approve(id, 2, null)).status())
                .isEqualTo(MeetingStatus.APPROVED);
    }

    @Test
    void two_approvers_deciding_at_the_same_moment_make_exactly_one_decision() throws Exception {
        MeetingId id = submitted(MeetingKind.EXPERT_MEETING);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> decisions = List.of(
                    pool.submit(() -> decide(start, outcomes, "approver", () -> approvals.approve(id, 1, "Yes"))),
                    pool.submit(() -> decide(start, outcomes, "approver2", () -> approvals.reject(id, 1, "No"))));
            start.countDown();
            for (Future<?> decision : decisions) {
                decision.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).filteredOn(o -> o.startsWith("decided")).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.startsWith("refused: Already")).hasSize(1);
        ApprovalState state = users.as("senior", () -> approvals.state(id));
        assertThat(state.timeline())
                .filteredOn(s -> s.kind() == StepKind.APPROVED || s.kind() == StepKind.REJECTED)
                .hasSize(1);
        assertThat(state.status()).isIn(MeetingStatus.APPROVED, MeetingStatus.REJECTED);
    }

    private void decide(CountDownLatch start, List<String> outcomes, String user, Runnable decision) {
        try {
            start.await();
            users.as(user, decision);
            outcomes.add("decided by " + user);
        } catch (RuleViolationException refused) {
            outcomes.add("refused: " + refused.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void a_meeting_is_completed_after_its_end_and_what_came_of_an_agenda_item_is_a_decision() {
        MeetingId id = submitted(MeetingKind.EXPERT_MEETING);
        users.as("approver", () -> approvals.approve(id, 1, null));
        clock.set(LocalDateTime.of(year, 5, 5, 10, 30).atZone(MOSCOW).toInstant());

        assertThatThrownBy(() -> users.as("planner", () -> approvals.complete(id)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("once it has ended");
        OutcomeData agreed =
                new OutcomeData(OutcomeKind.DECISION, "Channels stay open at every level", 0, null, null, null);
        assertThatThrownBy(() -> users.as("planner", () -> followUps.record(id, agreed)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("taken place");

        clock.advance(Duration.ofHours(2));
        assertThat(users.as("planner", () -> approvals.complete(id)).status()).isEqualTo(MeetingStatus.COMPLETED);
        users.as("planner", () -> followUps.record(id, agreed));
        assertThat(users.as("planner", () -> followUps.outcomesOf(id)))
                .singleElement()
                .satisfies(decision -> {
                    assertThat(decision.text()).isEqualTo("Channels stay open at every level");
                    assertThat(decision.agendaPosition()).isZero();
                });
    }

    @Test
    void cancelling_needs_a_reason_and_postponing_sends_the_meeting_back_to_planning() {
        MeetingId id = submitted(MeetingKind.WORKING_GROUP);

        assertThatThrownBy(() -> users.as("planner", () -> approvals.cancel(id, "")))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("reason for cancelling");
        assertThat(users.as("planner", () -> approvals.postpone(id, "Delegation unavailable"))
                        .status())
                .isEqualTo(MeetingStatus.POSTPONED);
        assertThat(users.as("planner", () -> approvals.reopen(id)).status()).isEqualTo(MeetingStatus.DRAFT);
        assertThat(users.as("planner", () -> approvals.state(id)).timeline())
                .extracting(TimelineStep::kind)
                .containsExactly(StepKind.SUBMITTED, StepKind.POSTPONED, StepKind.REOPENED);
    }

    @Test
    void the_inbox_lists_what_waits_for_the_approver_oldest_first() {
        MeetingId first = submitted(MeetingKind.EXPERT_MEETING);
        clock.advance(Duration.ofMinutes(5));
        MeetingId second = submitted(MeetingKind.WORKING_GROUP);

        List<MeetingId> waiting =
                users.as("approver", () -> approvals.inbox(PageRequest.of(0, 500))).getContent().stream()
                        .map(ApprovalRequest::meeting)
                        .toList();

        assertThat(waiting).containsSubsequence(first, second);
        int before = users.as("approver", () -> approvals.waitingCount());
        users.as("approver", () -> approvals.approve(first, 1, null));
        assertThat(users.as("approver", () -> approvals.waitingCount())).isEqualTo(before - 1);
        assertThat(users.as("planner", () -> approvals.waitingCount())).isZero();
    }

    @Test
    void submissions_decisions_and_cancellations_reach_the_audit_log() {
        // only this test's moments: another test may have written entries dated years ahead with a clock set forward
        java.time.Instant before = clock.instant().minusSeconds(1);
        MeetingId id = submitted(MeetingKind.EXPERT_MEETING);
        users.as("approver", () -> approvals.reject(id, 1, "Wrong week"));
        users.as("planner", () -> approvals.cancel(id, "No longer needed"));

        List<org.parley.audit.AuditEntrySummary> entries = users
                .as(
                        "admin",
                        () -> audit.find(
                                new org.parley.audit.AuditFilter(
                                        null, null, before, clock.instant().plusSeconds(1)),
                                PageRequest.of(0, 50)))
                .getContent()
                .stream()
                .filter(e -> e.target().startsWith("meeting " + id + " "))
                .toList();

        assertThat(entries)
                .extracting(org.parley.audit.AuditEntrySummary::action, org.parley.audit.AuditEntrySummary::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MEETING_CANCELLED", "planner"),
                        org.assertj.core.groups.Tuple.tuple("MEETING_REJECTED", "approver"),
                        org.assertj.core.groups.Tuple.tuple("MEETING_SUBMITTED", "planner"));
        assertThat(entries.get(1).details()).contains("Wrong week");
        assertThat(users.as("admin", () -> audit.verify()).intact()).isTrue();
    }

    @Test
    void refused_attempts_to_decide_reach_the_audit_log_although_nothing_else_is_saved() {
        MeetingId summit = submitted(MeetingKind.SUMMIT);
        users.as("approver", () -> approvals.approve(summit, 1, "Agreed"));

        assertThatThrownBy(() -> users.as("approver", () -> approvals.approve(summit, 1, null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> users.as("approver2", () -> approvals.approve(summit, 1, null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> users.as("approver2", () -> approvals.reject(summit, 7, "Old version")))
                .isInstanceOf(RuleViolationException.class);

        List<org.parley.audit.AuditEntrySummary> refusals = users
                .as(
                        "admin",
                        () -> audit.find(
                                new org.parley.audit.AuditFilter(
                                        null, org.parley.shared.AuditActions.DECISION_REFUSED, null, null),
                                PageRequest.of(0, 50)))
                .getContent()
                .stream()
                .filter(e -> e.target().startsWith("meeting " + summit + " "))
                .toList();
        assertThat(refusals)
                .extracting(org.parley.audit.AuditEntrySummary::actor, org.parley.audit.AuditEntrySummary::details)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "approver2",
                                "reject: The meeting was changed and "
                                        + "submitted again since you opened it. Review the new version before deciding."),
                        org.assertj.core.groups.Tuple.tuple(
                                "approver2",
                                "approve: The last approval of a head of "
                                        + "state or government meeting must come from a senior approver"),
                        org.assertj.core.groups.Tuple.tuple(
                                "approver",
                                "approve: You already approved this "
                                        + "meeting; the next approval must come from someone else"));
        assertThat(users.as("senior", () -> approvals.state(summit)).approvalsGiven())
                .isEqualTo(1);
        assertThat(users.as("admin", () -> audit.verify()).intact()).isTrue();
    }

    @Test
    void an_approver_who_is_not_senior_may_reject_but_not_give_the_last_approval_of_a_summit() {
        MeetingId summit = submitted(MeetingKind.SUMMIT);
        users.as("approver", () -> approvals.approve(summit, 1, null));

        ApprovalState seenByApprover2 = users.as("approver2", () -> approvals.state(summit));
        ApprovalRequest inInbox = users.as("approver2", () -> approvals.inbox(PageRequest.of(0, 500))).stream()
                .filter(r -> r.meeting().equals(summit))
                .findFirst()
                .orElseThrow();
        ApprovalState seenBySenior = users.as("senior", () -> approvals.state(summit));

        assertThat(seenByApprover2.callerMayDecide()).isTrue();
        assertThat(seenByApprover2.callerMayApprove()).isFalse();
        assertThat(seenByApprover2.whyCallerCannotApprove())
                .hasValueSatisfying(why -> assertThat(why).contains("senior approver"));
        assertThat(inInbox.callerMayApprove()).isFalse();
        assertThat(seenBySenior.callerMayApprove()).isTrue();
    }

    @Test
    void the_workflow_refuses_a_planner_who_tries_to_approve_directly() {
        MeetingId id = submitted(MeetingKind.EXPERT_MEETING);

        assertThatThrownBy(() -> users.as("planner", () -> workflow.moveTo(id, MeetingStatus.APPROVED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("approver", () -> workflow.moveTo(id, MeetingStatus.CANCELLED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(id)).isEqualTo(MeetingStatus.PENDING_APPROVAL);
    }

    @Test
    void only_planners_submit_and_only_approvers_decide() {
        MeetingId id = planned(MeetingKind.EXPERT_MEETING);
        assertThatThrownBy(() -> users.as("approver", () -> approvals.submit(id, null)))
                .isInstanceOf(AccessDeniedException.class);
        users.as("planner", () -> approvals.submit(id, null));
        assertThatThrownBy(() -> users.as("planner2", () -> approvals.approve(id, 1, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("viewer", () -> approvals.inbox(PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
    }
}

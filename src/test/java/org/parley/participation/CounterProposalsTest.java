package org.parley.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.participation.Participants.MOSCOW;
import static org.parley.participation.Participants.RU;
import static org.parley.participation.Participants.US;

import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.ApiCalls;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.audit.AuditFilter;
import org.parley.audit.AuditService;
import org.parley.meeting.Acknowledged;
import org.parley.meeting.AnswerSource;
import org.parley.meeting.ConcurrentChangeException;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.NotAParticipantException;
import org.parley.meeting.ReapprovalNeedsConfirmationException;
import org.parley.notification.NotificationService;
import org.parley.notification.NotificationSummary;
import org.parley.participation.Participants.Participant;
import org.parley.security.ApiAccess;
import org.parley.security.ApiTokenService;
import org.parley.security.SystemTask;
import org.parley.shared.AuditActions;
import org.parley.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.context.WebApplicationContext;

/** A participant proposes another time; the planner takes it through the editor's rules or declines it (docs/0026). */
@ParleyTest
class CounterProposalsTest {

    @Autowired
    CounterProposalService proposals;

    @Autowired
    MeetingService meetings;

    @Autowired
    NotificationService notifications;

    @Autowired
    AuditService audit;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    Participants participants;

    @Autowired
    TestUsers as;

    @Autowired
    WebApplicationContext context;

    private static ProposalData at(MeetingDetails meeting, int hoursLater, String comment) {
        LocalDateTime start = LocalDateTime.ofInstant(meeting.start(), MOSCOW).plusHours(hoursLater);
        return new ProposalData(start, start.plusHours(1), comment);
    }

    /** The actions the audit log holds for the meeting, newest first. */
    private List<String> auditedActions(MeetingId id) {
        return as.as(
                "admin",
                () -> audit.find(AuditFilter.none(), PageRequest.of(0, 200)).getContent().stream()
                        .filter(e -> e.target().equals("meeting " + id.value()))
                        .map(e -> e.action())
                        .toList());
    }

    @Test
    void the_planner_takes_a_proposed_time_and_an_approved_meeting_goes_back_to_its_approvers() {
        Participant head = participants.participant("Andrei Volkov", RU);
        Participant other = participants.participant("Sarah Collins", US);
        MeetingId id = participants.approvedCall("Moving the call", head, other);
        MeetingDetails before = as.as("planner", () -> meetings.get(id));

        CounterProposal proposal = as.as(
                head.account().username(),
                () -> proposals.propose(id, at(before, 3, "The morning is taken by the Council"), AnswerSource.PARLEY));

        assertThat(as.as("viewer", () -> proposals.of(id))).singleElement().satisfies(p -> {
            assertThat(p.open()).isTrue();
            assertThat(p.personName()).startsWith("Andrei Volkov");
            assertThat(p.start()).isEqualTo(before.start().plus(3, ChronoUnit.HOURS));
            assertThat(p.comment()).isEqualTo("The morning is taken by the Council");
        });
        List<String> planner = as.as(
                "planner",
                () -> notifications.mine(PageRequest.of(0, 50)).getContent().stream()
                        .map(NotificationSummary::text)
                        .toList());
        assertThat(planner)
                .anySatisfy(text -> assertThat(text)
                        .contains("proposes another time for \u201cMoving the call\u201d")
                        .contains("The morning is taken by the Council"));

        assertThatThrownBy(() -> as.as("planner", () -> proposals.accept(proposal.id(), before.version())))
                .as("an approved meeting is moved only once the planner has heard it goes back to the approvers")
                .isInstanceOf(ReapprovalNeedsConfirmationException.class);
        assertThat(as.as("planner", () -> meetings.get(id)).start()).isEqualTo(before.start());
        assertThat(as.as("planner", () -> proposals.of(id)).getFirst().open()).isTrue();

        MeetingDetails moved = as.as(
                "planner",
                () -> proposals.accept(
                        proposal.id(), before.version(), Acknowledged.REAPPROVAL, Acknowledged.CONFLICTS));

        assertThat(moved.start()).isEqualTo(before.start().plus(3, ChronoUnit.HOURS));
        assertThat(moved.end()).isEqualTo(before.end().plus(3, ChronoUnit.HOURS));
        assertThat(moved.status()).isEqualTo(MeetingStatus.PENDING_APPROVAL);
        assertThat(as.as("planner", () -> proposals.of(id)).getFirst().status())
                .isEqualTo(CounterProposalStatus.ACCEPTED);
        assertThat(auditedActions(id)).contains(AuditActions.TIME_PROPOSED, AuditActions.TIME_PROPOSAL_ACCEPTED);
    }

    @Test
    void a_newer_proposal_replaces_the_open_one_and_a_declined_proposal_leaves_the_meeting_where_it_was() {
        Participant head = participants.participant("Yuri Sokolov", RU);
        Participant other = participants.participant("John Miller", US);
        MeetingId id = participants.call("Declined proposal", head, other);
        MeetingDetails before = as.as("planner", () -> meetings.get(id));
        String them = other.account().username();

        as.as(them, () -> proposals.propose(id, at(before, 1, null), AnswerSource.PARLEY));
        CounterProposal newer =
                as.as(them, () -> proposals.propose(id, at(before, 2, "Later suits"), AnswerSource.API));
        as.as("planner", () -> proposals.decline(newer.id()));

        assertThat(as.as("planner", () -> proposals.of(id)))
                .extracting(CounterProposal::status)
                .containsExactlyInAnyOrder(CounterProposalStatus.DECLINED, CounterProposalStatus.SUPERSEDED);
        assertThat(as.as("planner", () -> meetings.get(id)).start()).isEqualTo(before.start());
        assertThatThrownBy(() -> as.as("planner", () -> proposals.decline(newer.id())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already been taken, declined or replaced");
        assertThat(auditedActions(id)).contains(AuditActions.TIME_PROPOSAL_DECLINED);
    }

    @Test
    void only_participants_propose_future_times_and_a_stale_page_cannot_take_a_proposal() {
        Participant head = participants.participant("Kirill Belov", RU);
        Participant other = participants.participant("Mary Brown", US);
        MeetingId id = participants.call("Refused proposals", head, other);
        MeetingDetails before = as.as("planner", () -> meetings.get(id));
        String mine = head.account().username();

        assertThatThrownBy(() -> as.as("viewer", () -> proposals.propose(id, at(before, 1, null), AnswerSource.PARLEY)))
                .isInstanceOf(NotAParticipantException.class);
        LocalDateTime past = LocalDateTime.of(2020, 3, 2, 10, 0);
        assertThatThrownBy(() -> as.as(
                        mine,
                        () -> proposals.propose(
                                id, new ProposalData(past, past.plusHours(1), null), AnswerSource.PARLEY)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("has passed");
        LocalDateTime start = LocalDateTime.ofInstant(before.start(), MOSCOW).plusDays(1);
        assertThatThrownBy(() -> as.as(
                        mine,
                        () -> proposals.propose(
                                id, new ProposalData(start, start.minusHours(1), null), AnswerSource.PARLEY)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("end must be after its start");
        assertThatThrownBy(() -> as.as(
                        mine,
                        () -> proposals.propose(
                                id, new ProposalData(start, start.plusHours(1), "x".repeat(501)), AnswerSource.PARLEY)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> as.as(mine, () -> proposals.propose(id, at(before, 0, null), AnswerSource.PARLEY)))
                .hasMessageContaining("already the meeting");

        CounterProposal proposal = as.as(mine, () -> proposals.propose(id, at(before, 5, null), AnswerSource.PARLEY));
        as.as("planner", () -> meetings.answers(List.of(id))); // reading changes nothing
        as.as(
                other.account().username(),
                () -> meetings.answer(
                        id,
                        new org.parley.meeting.AnswerData(org.parley.meeting.ParticipantResponse.ACCEPTED, null),
                        AnswerSource.PARLEY)); // an answer since the page was loaded raises the version

        assertThatThrownBy(() -> as.as("planner", () -> proposals.accept(proposal.id(), before.version())))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> as.as(mine, () -> proposals.decline(proposal.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as.as("planner", () -> proposals.of(id)).getFirst().open()).isTrue();
    }

    @Test
    void a_calendar_programs_counter_proposal_is_recorded_once_and_only_the_system_records_it() {
        Participant head = participants.participant("Natalia Kuznetsova", RU);
        Participant other = participants.participant("Peter Smith", US);
        MeetingId id = participants.call("Countered by e-mail", head, other);
        MeetingDetails before = as.as("planner", () -> meetings.get(id));
        Instant start = before.start().plus(1, ChronoUnit.DAYS);

        SystemTask.runAsSystem(() -> proposals.proposeFromCalendar(
                id, other.person().id(), start, start.plus(1, ChronoUnit.HOURS), "Sent from Outlook"));
        SystemTask.runAsSystem(() -> proposals.proposeFromCalendar(
                id, other.person().id(), start, start.plus(1, ChronoUnit.HOURS), "Sent from Outlook"));

        assertThat(as.as("planner", () -> proposals.of(id))).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(AnswerSource.EMAIL);
            assertThat(p.open()).isTrue();
        });
        assertThatThrownBy(() -> as.as(
                        "admin",
                        () -> proposals.proposeFromCalendar(
                                id, other.person().id(), start, start.plus(1, ChronoUnit.HOURS), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_participant_proposes_another_time_through_the_api() {
        Participant head = participants.participant("Elena Morozova", RU);
        Participant other = participants.participant("Anna White", US);
        MeetingId id = participants.call("Proposed through the API", head, other);
        var api = new ApiCalls(context);
        String token = as.as(
                        head.account().username(),
                        () -> tokens.create("proposals", Instant.now().plus(1, ChronoUnit.DAYS), ApiAccess.READ_WRITE))
                .token();
        String viewerToken = as.as(
                        "viewer",
                        () -> tokens.create(
                                "proposals viewer", Instant.now().plus(1, ChronoUnit.DAYS), ApiAccess.READ_WRITE))
                .token();
        MeetingDetails before = as.as("planner", () -> meetings.get(id));
        String start = before.start()
                .plus(1, ChronoUnit.DAYS)
                .atZone(MOSCOW)
                .toOffsetDateTime()
                .toString();
        String end = before.end()
                .plus(1, ChronoUnit.DAYS)
                .atZone(MOSCOW)
                .toOffsetDateTime()
                .toString();
        String path = "/api/v1/meetings/" + id.value() + "/counter-proposals";

        var created = api.send("POST", path, token, Map.of("start", start, "end", end, "comment", "A day later"));
        var refused = api.send("POST", path, viewerToken, Map.of("start", start, "end", end));
        var incomplete = api.send("POST", path, token, Map.of("start", start));
        var backwards = api.send("POST", path, token, Map.of("start", end, "end", start));
        var listed = ApiCalls.json(api.send("GET", path, viewerToken, null));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(ApiCalls.json(created).path("source").asText()).isEqualTo("API");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(backwards.statusCode()).isBetween(400, 422);
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).path("comment").asText()).isEqualTo("A day later");
        assertThat(listed.get(0).path("status").asText()).isEqualTo("OPEN");
    }
}

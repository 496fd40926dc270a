package org.parley.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.meeting.MeetingDataBuilder.meeting;
import static org.parley.participation.Participants.MOSCOW;
import static org.parley.participation.Participants.RU;
import static org.parley.participation.Participants.US;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.ApiCalls;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.approval.ApprovalService;
import org.parley.audit.AuditFilter;
import org.parley.audit.AuditService;
import org.parley.calendar.InviteService;
import org.parley.notification.NotificationService;
import org.parley.notification.NotificationSummary;
import org.parley.participation.Participants;
import org.parley.participation.Participants.Participant;
import org.parley.security.ApiAccess;
import org.parley.security.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.context.WebApplicationContext;

/** Participants answer invitations themselves, on the page or through the API (docs/0025). */
@ParleyTest
class ParticipantAnswersTest {

    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    MeetingService meetings;

    @Autowired
    ApprovalService approvals;

    @Autowired
    InviteService invites;

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

    /** Talks planned by "planner" with two delegations: ours headed by {@code head}, theirs by {@code other}. */
    private MeetingId talks(String title, Participant head, Participant deputy, Participant other) {
        LocalDateTime start = LocalDateTime.of(2032, 5, 1, 10, 0).plusDays(counter.incrementAndGet());
        return as.as(
                "planner",
                () -> meetings.create(
                                meeting(title)
                                        .kind(MeetingKind.PHONE_CALL)
                                        .at(start, start.plusHours(1), MOSCOW)
                                        .sides(RU, US)
                                        .delegations(
                                                new DelegationData(
                                                        RU,
                                                        null,
                                                        true,
                                                        List.of(
                                                                new MemberData(
                                                                        head.person()
                                                                                .id(),
                                                                        MemberRole.HEAD),
                                                                new MemberData(
                                                                        deputy.person()
                                                                                .id(),
                                                                        MemberRole.DEPUTY))),
                                                new DelegationData(
                                                        US,
                                                        null,
                                                        false,
                                                        List.of(new MemberData(
                                                                other.person().id(), MemberRole.HEAD))))
                                        .build(),
                                true)
                        .id());
    }

    private MemberDetails member(MeetingDetails meeting, Participant participant) {
        return meeting.delegations().stream()
                .flatMap(d -> d.members().stream())
                .filter(m -> m.person().equals(participant.person().id()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_participant_accepts_with_a_comment_and_the_planner_sees_it_in_the_answers_and_the_audit_log() {
        Participant head = participants.participant("Andrei Volkov", RU);
        Participant deputy = participants.participant("Yuri Sokolov", RU);
        Participant other = participants.participant("Michael Grant", US);
        MeetingId id = talks("Answers accepted", head, deputy, other);

        MeetingDetails answered = as.as(
                deputy.account().username(),
                () -> meetings.answer(
                        id,
                        new AnswerData(ParticipantResponse.ACCEPTED, "  I will bring the interpreter  "),
                        AnswerSource.PARLEY));

        MemberDetails seen = member(as.as("planner", () -> meetings.get(id)), deputy);
        assertThat(seen.response()).isEqualTo(ParticipantResponse.ACCEPTED);
        assertThat(seen.responseComment()).isEqualTo("I will bring the interpreter");
        assertThat(seen.answeredThrough()).isEqualTo(AnswerSource.PARLEY);
        assertThat(seen.respondedAt()).isNotNull();
        assertThat(AnswerSummary.of(answered)).isEqualTo(new AnswerSummary(3, 1, 0, 0, 0));
        assertThat(as.as("planner", () -> meetings.answers(List.of(id))))
                .containsEntry(id, new AnswerSummary(3, 1, 0, 0, 0));
        assertThat(as.as(
                        "admin",
                        () -> audit.find(
                                        new AuditFilter(deputy.account().username(), "ANSWER_RECORDED", null, null),
                                        PageRequest.of(0, 5))
                                .getContent()))
                .singleElement()
                .satisfies(e -> assertThat(e.details()).contains("ACCEPTED", "interpreter"));
        assertThat(as.as("planner", () -> meetings.history(id)))
                .anySatisfy(change -> assertThat(change.changes())
                        .anySatisfy(field -> assertThat(field.after()).isEqualTo("Accepted")));
    }

    @Test
    void only_a_participant_answers_and_only_for_themselves() {
        Participant head = participants.participant("Pavel Orlov", RU);
        Participant deputy = participants.participant("Kirill Belov", RU);
        Participant other = participants.participant("Robert Hale", US);
        Participant stranger = participants.participant("Thomas Fischer", RU);
        MeetingId id = talks("Answers refused", head, deputy, other);
        var answer = new AnswerData(ParticipantResponse.DECLINED, null);

        assertThatThrownBy(() ->
                        as.as(stranger.account().username(), () -> meetings.answer(id, answer, AnswerSource.PARLEY)))
                .isInstanceOf(NotAParticipantException.class);
        assertThatThrownBy(() -> as.as("viewer", () -> meetings.answer(id, answer, AnswerSource.PARLEY)))
                .isInstanceOf(NotAParticipantException.class);
        assertThatThrownBy(() -> as.as(
                        head.account().username(),
                        () -> meetings.answer(
                                id, new AnswerData(ParticipantResponse.NEEDS_ACTION, null), AnswerSource.PARLEY)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThatThrownBy(() -> as.as(
                        head.account().username(),
                        () -> meetings.answer(
                                id,
                                new AnswerData(ParticipantResponse.ACCEPTED, "x".repeat(501)),
                                AnswerSource.PARLEY)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(as.as("planner", () -> meetings.answers(List.of(id))).get(id).noAnswer())
                .isEqualTo(3);
    }

    @Test
    void the_planner_hears_when_a_head_declines_and_when_everybody_has_answered() {
        Participant head = participants.participant("Faisal Al-Harbi", RU);
        Participant deputy = participants.participant("Khalid Al-Otaibi", RU);
        Participant other = participants.participant("Laura Bennett", US);
        String title = "Answers noticed " + counter.incrementAndGet();
        MeetingId id = talks(title, head, deputy, other);

        as.as(
                deputy.account().username(),
                () -> meetings.answer(id, new AnswerData(ParticipantResponse.TENTATIVE, null), AnswerSource.PARLEY));
        assertThat(noticesAbout(title)).isEmpty();

        as.as(
                head.account().username(),
                () -> meetings.answer(
                        id,
                        new AnswerData(ParticipantResponse.DECLINED, "I am in Geneva that week"),
                        AnswerSource.PARLEY));
        assertThat(noticesAbout(title))
                .singleElement()
                .asString()
                .contains("head of delegation, declined", "I am in Geneva that week");

        as.as(
                other.account().username(),
                () -> meetings.answer(id, new AnswerData(ParticipantResponse.ACCEPTED, null), AnswerSource.PARLEY));
        assertThat(noticesAbout(title))
                .hasSize(2)
                .anySatisfy(text -> assertThat(text)
                        .contains("Everybody has answered", "1 of 3 accepted, 1 tentative, 1 declined, 0 no answer"));
    }

    private List<String> noticesAbout(String title) {
        return as.as(
                "planner",
                () -> notifications.mine(PageRequest.of(0, 50)).getContent().stream()
                        .map(NotificationSummary::text)
                        .filter(text -> text.contains(title))
                        .toList());
    }

    @Test
    void an_answer_reaches_the_invite_as_partstat() {
        Participant head = participants.participant("Sergei Ivanov", RU);
        Participant deputy = participants.participant("Olga Petrova", RU);
        Participant other = participants.participant("Daniel Reyes", US);
        MeetingId id = talks("Answers in the invite", head, deputy, other);
        as.as("planner", () -> approvals.submit(id, null));
        as.as("approver", () -> approvals.approve(id, 1, null));

        as.as(
                other.account().username(),
                () -> meetings.answer(id, new AnswerData(ParticipantResponse.DECLINED, null), AnswerSource.PARLEY));

        String invite = new String(as.as("planner", () -> invites.invite(id)).content(), StandardCharsets.UTF_8)
                .replace("\r\n ", "");
        assertThat(invite)
                .containsPattern(
                        "PARTSTAT=DECLINED[^\\r\\n]*mailto:" + other.account().username());
        assertThat(invite)
                .containsPattern("PARTSTAT=NEEDS-ACTION[^\\r\\n]*mailto:"
                        + head.account().username());
    }

    @Test
    void the_api_takes_the_token_owners_own_answer_and_refuses_others_with_403() {
        Participant head = participants.participant("Natalia Kuznetsova", RU);
        Participant deputy = participants.participant("Igor Lebedev", RU);
        Participant other = participants.participant("Sarah Collins", US);
        MeetingId id = talks("Answers through the API", head, deputy, other);
        var api = new ApiCalls(context);
        String headToken = as.as(
                        head.account().username(),
                        () -> tokens.create(
                                "answers " + counter.incrementAndGet(),
                                Instant.now().plus(1, ChronoUnit.DAYS),
                                ApiAccess.READ_WRITE))
                .token();
        String viewerToken = as.as(
                        "viewer",
                        () -> tokens.create(
                                "answers " + counter.incrementAndGet(),
                                Instant.now().plus(1, ChronoUnit.DAYS),
                                ApiAccess.READ_WRITE))
                .token();
        String path = "/api/v1/meetings/" + id.value() + "/response";

        var answered = api.send(
                "POST", path, headToken, java.util.Map.of("answer", "TENTATIVE", "comment", "Depends on the flight"));
        var refused = api.send("POST", path, viewerToken, java.util.Map.of("answer", "ACCEPTED"));
        var empty = api.send("POST", path, headToken, java.util.Map.of("comment", "no answer"));
        var unknown = api.send("POST", path, headToken, java.util.Map.of("answer", "MAYBE"));

        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(ApiCalls.json(answered).path("answers").path("tentative").asInt())
                .isEqualTo(1);
        var read = ApiCalls.json(api.send("GET", "/api/v1/meetings/" + id.value(), viewerToken, null));
        assertThat(read.path("delegations")
                        .get(0)
                        .path("members")
                        .get(0)
                        .path("response")
                        .asText())
                .isEqualTo("TENTATIVE");
        assertThat(read.path("delegations")
                        .get(0)
                        .path("members")
                        .get(0)
                        .path("comment")
                        .asText())
                .isEqualTo("Depends on the flight");
        assertThat(read.path("delegations")
                        .get(0)
                        .path("members")
                        .get(0)
                        .path("answeredThrough")
                        .asText())
                .isEqualTo("API");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(ApiCalls.json(refused).path("title").asText()).isEqualTo("Not a participant");
        assertThat(empty.statusCode()).isBetween(400, 422);
        assertThat(unknown.statusCode()).isBetween(400, 422);
    }
}

package org.parley.counterpart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.AccessFixture;
import org.parley.ApiCalls;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.approval.ApprovalService;
import org.parley.meeting.DelegationDetails;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.protocol.Confirmation;
import org.parley.protocol.ConfirmationChannel;
import org.parley.protocol.ConfirmationStatus;
import org.parley.security.ApiAccess;
import org.parley.security.ApiTokenService;
import org.parley.shared.CountryCode;
import org.parley.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/** The other side's answer to a meeting, recorded by planners, and what an unconfirmed approved meeting shows. */
@ParleyTest
class CounterpartConfirmationTest {

    private static final CountryCode US = new CountryCode("US");

    @Autowired
    AccessFixture fixture;

    @Autowired
    MeetingService meetings;

    @Autowired
    ApprovalService approvals;

    @Autowired
    TestUsers users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    WebApplicationContext context;

    @Autowired
    Clock clock;

    @AfterEach
    void retirePending() {
        fixture.retirePending();
    }

    private MeetingId approved() {
        MeetingId id = fixture.submitted();
        users.as("approver", () -> approvals.approve(id, 1, null));
        return id;
    }

    private DelegationDetails theirs(MeetingId id) {
        return users.as("planner", () -> meetings.get(id)).delegations().stream()
                .filter(d -> !d.ours())
                .findFirst()
                .orElseThrow();
    }

    private MeetingDetails record(MeetingId id, Confirmation confirmation) {
        long delegation = theirs(id).id();
        return users.as("planner", () -> meetings.recordConfirmation(id, delegation, confirmation));
    }

    private Confirmation answer(ConfirmationStatus status, ConfirmationChannel channel, String reference) {
        return new Confirmation(
                status, channel, clock.instant().minus(Duration.ofHours(2)), reference, null, null, null);
    }

    @Test
    void an_approved_meeting_awaits_the_other_side_until_they_confirm_by_note_verbale() {
        MeetingId id = approved();
        assertThat(users.as("viewer", () -> meetings.get(id)).awaitingConfirmation())
                .containsExactly(US);
        assertThat(users.as("viewer", () -> meetings.awaitingConfirmation(java.util.List.of(id))))
                .containsEntry(id, java.util.List.of(US));
        assertThat(Confirmation.awaitingLabel(Locale.ENGLISH, java.util.List.of(US)))
                .isEqualTo("Awaiting confirmation by United States");

        MeetingDetails confirmed =
                record(id, answer(ConfirmationStatus.CONFIRMED, ConfirmationChannel.NOTE_VERBALE, "No. 4411/2026"));

        assertThat(confirmed.awaitingConfirmation()).isEmpty();
        assertThat(users.as("viewer", () -> meetings.awaitingConfirmation(java.util.List.of(id))))
                .doesNotContainKey(id);
        Confirmation kept = theirs(id).confirmation();
        assertThat(kept.status()).isEqualTo(ConfirmationStatus.CONFIRMED);
        assertThat(kept.channel()).isEqualTo(ConfirmationChannel.NOTE_VERBALE);
        assertThat(kept.reference()).isEqualTo("No. 4411/2026");
        assertThat(confirmed.status())
                .as("still approved: an answer is not a change to approve")
                .hasToString("APPROVED");
    }

    @Test
    void a_counter_proposal_keeps_their_time_and_a_decline_still_awaits_confirmation() {
        MeetingId id = approved();
        Instant start = clock.instant().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.HOURS);
        MeetingDetails countered = record(
                id,
                new Confirmation(
                        ConfirmationStatus.COUNTER_PROPOSED,
                        ConfirmationChannel.PHONE,
                        clock.instant().minus(Duration.ofMinutes(5)),
                        "  call log 17  ",
                        start,
                        start.plus(Duration.ofHours(1)),
                        42L));

        Confirmation kept = theirs(id).confirmation();
        assertThat(kept.proposedStart()).isEqualTo(start);
        assertThat(kept.reference()).isEqualTo("call log 17");
        assertThat(kept.noteVerbale())
                .as("only a note verbale points at the register")
                .isNull();
        assertThat(countered.awaitingConfirmation()).containsExactly(US);

        record(id, answer(ConfirmationStatus.DECLINED, ConfirmationChannel.EMAIL, "their e-mail of today"));
        assertThat(theirs(id).confirmation().proposedStart()).isNull();
        assertThat(users.as("viewer", () -> meetings.get(id)).awaitingConfirmation())
                .containsExactly(US);
    }

    @Test
    void an_answer_without_channel_or_time_from_the_future_or_for_our_own_side_is_refused_with_a_reason() {
        MeetingId id = fixture.draft();
        Instant now = clock.instant();
        assertThatThrownBy(() ->
                        record(id, new Confirmation(ConfirmationStatus.CONFIRMED, null, now, null, null, null, null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageIn(Locale.ENGLISH))
                                .isEqualTo("Say how the answer came: by note verbale, telephone, e-mail or in person"));
        assertThatThrownBy(() -> record(
                        id,
                        new Confirmation(
                                ConfirmationStatus.CONFIRMED,
                                ConfirmationChannel.PHONE,
                                now.plus(Duration.ofDays(1)),
                                null,
                                null,
                                null,
                                null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageIn(Locale.of("ru")))
                                .isEqualTo("Ответ не может быть получен в будущем: проверьте дату и время"));
        assertThatThrownBy(() -> record(
                        id,
                        new Confirmation(
                                ConfirmationStatus.COUNTER_PROPOSED,
                                ConfirmationChannel.PHONE,
                                now,
                                null,
                                now.plus(Duration.ofDays(2)),
                                now.plus(Duration.ofDays(1)),
                                null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("a start, and an end after it");
        assertThatThrownBy(() ->
                        record(id, answer(ConfirmationStatus.CONFIRMED, ConfirmationChannel.PHONE, "x".repeat(101))))
                .isInstanceOf(RuleViolationException.class);
        long ours = users.as("planner", () -> meetings.get(id)).delegations().stream()
                .filter(DelegationDetails::ours)
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> users.as(
                        "planner",
                        () -> meetings.recordConfirmation(
                                id, ours, answer(ConfirmationStatus.CONFIRMED, ConfirmationChannel.PHONE, null))))
                .isInstanceOf(RuleViolationException.class);
        assertThat(theirs(id).confirmation().status()).isEqualTo(ConfirmationStatus.PROPOSED);
    }

    @Test
    void the_api_gives_each_other_side_its_confirmation_and_keeps_language_parity_and_interpretation() {
        MeetingId id = approved();
        record(id, answer(ConfirmationStatus.CONFIRMED, ConfirmationChannel.IN_PERSON, "Meeting at the embassy"));
        String token = users.as(
                        "viewer",
                        () -> tokens.create(
                                "confirmation " + id.value(),
                                Instant.now().plus(1, ChronoUnit.DAYS),
                                ApiAccess.READ_ONLY))
                .token();

        JsonNode meeting =
                ApiCalls.json(new ApiCalls(context).send("GET", "/api/v1/meetings/" + id.value(), token, null));

        JsonNode ours = meeting.path("delegations").get(0);
        JsonNode theirs = meeting.path("delegations").get(1);
        assertThat(ours.path("confirmation").isNull()).isTrue();
        assertThat(ours.has("language")).isTrue();
        assertThat(theirs.path("confirmation").path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(theirs.path("confirmation").path("channel").asString()).isEqualTo("IN_PERSON");
        assertThat(theirs.path("confirmation").path("reference").asString()).isEqualTo("Meeting at the embassy");
        assertThat(theirs.path("confirmation").path("at").asString())
                .matches("\\d{4}-\\d\\d-\\d\\dT.*[+-]\\d\\d:\\d\\d|.*Z");
        assertThat(meeting.path("awaitingConfirmation").isEmpty()).isTrue();
        assertThat(meeting.has("parity")).isTrue();
        assertThat(meeting.path("interpretation").has("pairs")).isTrue();
    }

    @Test
    void the_api_lists_the_register_a_page_at_a_time_for_planners_and_says_what_is_wrong_with_a_bad_filter() {
        MeetingId id = fixture.draft();
        users.as(
                "planner",
                () -> notes.record(
                        new org.parley.counterpart.NoteVerbaleData(
                                org.parley.counterpart.NoteDirection.INCOMING,
                                "Their note " + id.value(),
                                US,
                                java.time.LocalDate.of(2026, 1, 20),
                                "Agreement to the meeting",
                                org.parley.shared.Classification.UNCLASSIFIED,
                                java.util.List.of(id)),
                        null));
        var api = new ApiCalls(context);
        String planner = token("planner", "register " + id.value());

        JsonNode page = ApiCalls.json(api.send(
                "GET", "/api/v1/notes-verbales?meeting=" + id.value() + "&direction=incoming&size=5", planner, null));
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("items").get(0).path("reference").asString()).isEqualTo("Their note " + id.value());
        assertThat(page.path("items").get(0).path("meetings").get(0).asLong()).isEqualTo(id.value());

        var badYear = api.send("GET", "/api/v1/notes-verbales?year=twenty", planner, null);
        assertThat(badYear.statusCode()).isEqualTo(422);
        assertThat(badYear.body()).contains("year", "four digits");
        assertThat(api.send("GET", "/api/v1/notes-verbales?direction=SIDEWAYS", planner, null)
                        .statusCode())
                .isEqualTo(422);
        assertThat(api.send("GET", "/api/v1/notes-verbales?size=1000", planner, null)
                        .statusCode())
                .isEqualTo(422);
        assertThat(api.send("GET", "/api/v1/notes-verbales", token("viewer", "register viewer " + id.value()), null)
                        .statusCode())
                .isEqualTo(403);
    }

    @Autowired
    org.parley.counterpart.NoteVerbaleService notes;

    private String token(String username, String name) {
        return users.as(
                        username,
                        () -> tokens.create(name, Instant.now().plus(1, ChronoUnit.DAYS), ApiAccess.READ_ONLY))
                .token();
    }
}

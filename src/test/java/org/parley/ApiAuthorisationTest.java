package org.parley;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.AuthorisationMatrix.Caller;
import org.parley.meeting.MeetingId;
import org.parley.security.ApiAccess;
import org.parley.security.ApiTokenService;
import org.parley.security.Role;
import org.parley.shared.Classification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every API endpoint, called by every role and by a caller without a token. Who may call it comes from the row of
 * {@link AuthorisationMatrix} for the service operation behind it, so the API cannot allow what the UI's services
 * refuse, nor refuse what they allow: allowed callers get the endpoint's success status, other roles 403, no token
 * 401. Each cell prepares its own meeting, as the matrix does.
 */
@ParleyTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAuthorisationTest {

    /** What a cell sends; the fixture prepares the meeting it is about. */
    interface Request {
        Prepared prepare(AccessFixture f);
    }

    record Prepared(String method, String path, @Nullable Object body, String... headers) {}

    /**
     * One endpoint: the matrix row that decides who may call it (or, for services the matrix has no row for, the
     * roles written here), the status it answers on success, and the request.
     */
    record Endpoint(
            String name, @Nullable String matrixRow, Set<Role> allowedWithoutRow, int success, Request request) {

        Set<Role> allowed() {
            if (matrixRow == null) {
                return allowedWithoutRow;
            }
            return AuthorisationMatrix.OPERATIONS.stream()
                    .filter(o -> o.name().equals(matrixRow))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no matrix row " + matrixRow))
                    .allowed();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(
                    "GET /meetings",
                    "meetings.find",
                    Set.of(),
                    200,
                    f -> new Prepared("GET", "/api/v1/meetings?size=5", null)),
            new Endpoint(
                    "GET /meetings/{id}",
                    "meetings.get",
                    Set.of(),
                    200,
                    f -> new Prepared("GET", "/api/v1/meetings/" + f.draft().value(), null)),
            new Endpoint(
                    "POST /meetings",
                    "meetings.create",
                    Set.of(),
                    201,
                    f -> new Prepared(
                            "POST",
                            "/api/v1/meetings?acknowledgeConflicts=true",
                            ApiCalls.meetingJson(f.newMeeting()))),
            new Endpoint("PUT /meetings/{id}", "meetings.update", Set.of(), 200, f -> {
                MeetingId id = f.draft();
                return new Prepared(
                        "PUT",
                        "/api/v1/meetings/" + id.value(),
                        ApiCalls.with(ApiCalls.meetingJson(f.dataOf(id)), "objectives", "Agree on a date"),
                        "If-Match",
                        "\"" + f.versionOf(id) + "\"");
            }),
            new Endpoint(
                    "POST /meetings/{id}/submit",
                    "approvals.submit",
                    Set.of(),
                    200,
                    f -> new Prepared("POST", "/api/v1/meetings/" + f.draft().value() + "/submit", null)),
            new Endpoint(
                    "POST /meetings/{id}/approve",
                    "approvals.approve",
                    Set.of(),
                    200,
                    f -> new Prepared(
                            "POST",
                            "/api/v1/meetings/" + f.submitted().value() + "/approve",
                            Map.of("comment", "Agreed"))),
            new Endpoint(
                    "POST /meetings/{id}/reject",
                    "approvals.reject",
                    Set.of(),
                    200,
                    f -> new Prepared(
                            "POST",
                            "/api/v1/meetings/" + f.submitted().value() + "/reject",
                            Map.of("comment", "Move it to the afternoon"))),
            new Endpoint(
                    "POST /meetings/{id}/cancel",
                    "approvals.cancel",
                    Set.of(),
                    200,
                    f -> new Prepared(
                            "POST",
                            "/api/v1/meetings/" + f.draft().value() + "/cancel",
                            Map.of("reason", "Overtaken by events"))),
            new Endpoint(
                    "GET /meetings/{id}/readout",
                    "readouts.of",
                    Set.of(),
                    200,
                    f -> new Prepared(
                            "GET", "/api/v1/meetings/" + f.withDraftedReadout().value() + "/readout", null)),
            new Endpoint(
                    "GET /countries/{code}/questions",
                    "questions.ofCountry",
                    Set.of(),
                    200,
                    f -> new Prepared("GET", "/api/v1/countries/RU/questions?closed=true", null)),
            new Endpoint(
                    "GET /questions/{id}",
                    "questions.get",
                    Set.of(),
                    200,
                    f -> new Prepared(
                            "GET", "/api/v1/questions/" + f.openQuestion().id(), null)),
            // InviteService has no matrix row: every signed-in user may download what they can see
            new Endpoint("GET /meetings/{id}/invite.ics", null, EVERY_ROLE, 200, f -> {
                MeetingId id = f.submitted();
                f.as("approver", () -> f.approvals().approve(id, 1, null));
                return new Prepared("GET", "/api/v1/meetings/" + id.value() + "/invite.ics", null);
            }),
            new Endpoint(
                    "GET /meetings/{id}/bilaterals",
                    "bilaterals.list",
                    Set.of(),
                    200,
                    f -> new Prepared(
                            "GET",
                            "/api/v1/meetings/" + f.bilaterals().planned().value() + "/bilaterals",
                            null)),
            new Endpoint("POST /meetings/{id}/bilaterals/plan", "bilaterals.startPlanning", Set.of(), 202, f -> {
                MeetingId conference = f.bilaterals().conference();
                f.bilaterals().requested(conference);
                return new Prepared("POST", "/api/v1/meetings/" + conference.value() + "/bilaterals/plan", null);
            }),
            new Endpoint(
                    "GET /meetings/{id}/bilaterals/plan",
                    "bilaterals.planRun",
                    Set.of(),
                    200,
                    f -> new Prepared(
                            "GET",
                            "/api/v1/meetings/" + f.bilaterals().conference().value() + "/bilaterals/plan",
                            null)),
            new Endpoint(
                    "GET /people",
                    "people.find",
                    Set.of(),
                    200,
                    f -> new Prepared("GET", "/api/v1/people?size=3", null)),
            new Endpoint(
                    "GET /people/{id}",
                    "people.get",
                    Set.of(),
                    200,
                    f -> new Prepared("GET", "/api/v1/people/" + f.person().id().value(), null)),
            new Endpoint(
                    "GET /venues",
                    "venues.find",
                    Set.of(),
                    200,
                    f -> new Prepared("GET", "/api/v1/venues?size=3", null)),
            new Endpoint(
                    "GET /venues/{id}",
                    "venues.get",
                    Set.of(),
                    200,
                    f -> new Prepared("GET", "/api/v1/venues/" + f.venue().id().value(), null)),
            // FollowUpService has no matrix row: every signed-in user reads the action items
            new Endpoint(
                    "GET /action-items",
                    null,
                    EVERY_ROLE,
                    200,
                    f -> new Prepared("GET", "/api/v1/action-items", null)));

    @Autowired
    AccessFixture fixture;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TestUsers users;

    @Autowired
    WebApplicationContext context;

    ApiCalls api;
    final Map<Caller, String> tokenOf = new EnumMap<>(Caller.class);

    @BeforeAll
    void tokensForEveryRole() {
        api = new ApiCalls(context);
        for (Caller caller : Caller.values()) {
            if (caller.username() != null) {
                tokenOf.put(
                        caller,
                        users.as(
                                        caller.username(),
                                        () -> tokens.create(
                                                "authorisation test",
                                                Instant.now().plus(1, ChronoUnit.DAYS),
                                                ApiAccess.READ_WRITE))
                                .token());
            }
        }
    }

    /** Leaves no meeting waiting for approval: other tests read the approvers' inboxes. */
    @AfterEach
    void retirePending() {
        fixture.retirePending();
    }

    static Stream<Arguments> cells() {
        return ENDPOINTS.stream().flatMap(e -> Stream.of(Caller.values()).map(c -> Arguments.of(e, c)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("cells")
    void every_endpoint_answers_every_caller_as_the_matrix_says(Endpoint endpoint, Caller caller) {
        Prepared request = endpoint.request().prepare(fixture);

        ApiCalls.Response response =
                api.send(request.method(), request.path(), tokenOf.get(caller), request.body(), request.headers());

        if (caller.role() == null) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        } else if (endpoint.allowed().contains(caller.role())) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(endpoint.success());
            return;
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        }
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    /** For a role that may call it, a meeting above the caller's clearance answers exactly like a missing one. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("meetingEndpoints")
    void a_meeting_above_the_callers_clearance_is_answered_like_a_missing_one(
            String method, String suffix, @Nullable Object body, String caller) {
        MeetingId hidden = fixture.submittedOf(Classification.SECRET);
        String token = users.as(
                        caller,
                        () -> tokens.create("hidden", Instant.now().plus(1, ChronoUnit.DAYS), ApiAccess.READ_WRITE))
                .token();

        var forHidden =
                api.send(method, "/api/v1/meetings/" + hidden.value() + suffix, token, body, "If-Match", "\"0\"");
        var forMissing =
                api.send(method, "/api/v1/meetings/" + Long.MAX_VALUE + suffix, token, body, "If-Match", "\"0\"");

        assertThat(forHidden.statusCode()).isEqualTo(404);
        assertThat(forMissing.statusCode()).isEqualTo(404);
        var hiddenBody = (ObjectNode) ApiCalls.json(forHidden);
        var missingBody = (ObjectNode) ApiCalls.json(forMissing);
        hiddenBody.remove("instance");
        missingBody.remove("instance");
        assertThat(hiddenBody).isEqualTo(missingBody);
    }

    Stream<Arguments> meetingEndpoints() {
        var valid = ApiCalls.meetingJson(fixture.newMeeting());
        return Stream.of(
                Arguments.of("GET", "", null, "planner2"),
                Arguments.of("PUT", "", valid, "planner2"),
                Arguments.of("POST", "/submit", null, "planner2"),
                Arguments.of("POST", "/cancel", Map.of("reason", "no"), "planner2"),
                Arguments.of("POST", "/approve", null, "approver2"),
                Arguments.of("POST", "/reject", Map.of("comment", "no"), "approver2"),
                Arguments.of("GET", "/invite.ics", null, "viewer"),
                Arguments.of("GET", "/bilaterals", null, "viewer"),
                Arguments.of("GET", "/bilaterals/plan", null, "viewer"),
                Arguments.of("POST", "/bilaterals/plan", null, "planner2"));
    }
}

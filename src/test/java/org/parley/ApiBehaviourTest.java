package org.parley;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingStatus;
import org.parley.security.ApiAccess;
import org.parley.security.ApiTokenService;
import org.parley.security.NewApiToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/** What the API promises beyond who may call what: tokens, versions, problem details, limits, its description. */
@ParleyTest
class ApiBehaviourTest {

    @Autowired
    AccessFixture fixture;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WebApplicationContext context;

    ApiCalls api;
    String planner;

    @BeforeEach
    void client() {
        api = new ApiCalls(context);
        planner = token("planner", ApiAccess.READ_WRITE).token();
    }

    /** Leaves no meeting waiting for approval: other tests read the approvers' inboxes. */
    @AfterEach
    void retirePending() {
        fixture.retirePending();
    }

    private NewApiToken token(String username, ApiAccess access) {
        return users.as(
                username,
                () -> tokens.create(fixture.unique("behaviour"), Instant.now().plus(1, ChronoUnit.DAYS), access));
    }

    // --- tokens ------------------------------------------------------------------------------------------------

    @Test
    void a_missing_malformed_unknown_revoked_or_expired_token_gets_401_with_a_bearer_challenge() {
        NewApiToken revoked = token("viewer", ApiAccess.READ_ONLY);
        users.as("viewer", () -> tokens.revoke(revoked.summary().id()));
        NewApiToken expired = token("viewer", ApiAccess.READ_ONLY);
        jdbc.update(
                "update api_token set expires_at = ? where name = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                expired.summary().name());

        for (String header : new String[] {
            null, "Basic dXNlcjpwYXNz", "Bearer pky_unknown", "Bearer " + revoked.token(), "Bearer " + expired.token()
        }) {
            var response = header == null
                    ? api.send("GET", "/api/v1/meetings", null, null)
                    : api.send("GET", "/api/v1/meetings", null, null, "Authorization", header);
            assertThat(response.statusCode()).as(header).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(ApiCalls.json(response).path("status").asInt()).isEqualTo(401);
        }
    }

    @Test
    void a_read_only_token_reads_but_may_not_write_even_for_a_planner() {
        String readOnly = token("planner", ApiAccess.READ_ONLY).token();

        assertThat(api.send("GET", "/api/v1/meetings", readOnly, null).statusCode())
                .isEqualTo(200);
        var write = api.send("POST", "/api/v1/meetings", readOnly, ApiCalls.meetingJson(fixture.newMeeting()));

        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(ApiCalls.json(write).path("detail").asString()).contains("read-only");
    }

    @Test
    void the_token_acts_with_its_owners_current_roles_and_no_session_is_created() {
        var response = api.send("GET", "/api/v1/meetings", planner, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Set-Cookie")).isEmpty();
        assertThat(response.raw().getCookie("JSESSIONID")).isNull();
    }

    // --- meetings: shape, versions, paging -----------------------------------------------------------------------

    @Test
    void a_meeting_comes_with_offset_times_its_zone_delegations_agenda_approval_state_and_an_etag() {
        MeetingId id = fixture.draft();

        var response = api.send("GET", "/api/v1/meetings/" + id.value(), planner, null);

        JsonNode meeting = ApiCalls.json(response);
        assertThat(response.header("ETag")).hasValue("\"" + fixture.versionOf(id) + "\"");
        assertThat(meeting.path("zone").asString()).isEqualTo("Europe/Moscow");
        assertThat(OffsetDateTime.parse(meeting.path("start").asString())
                        .getOffset()
                        .getTotalSeconds())
                .isEqualTo(3 * 3600);
        assertThat(meeting.path("delegations").size()).isEqualTo(2);
        assertThat(meeting.path("agenda").get(0).path("title").asString()).isEqualTo("Channels");
        assertThat(meeting.path("approval").path("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void the_list_pages_with_a_total_and_a_link_to_the_next_page() {
        fixture.draft();
        fixture.draft();

        JsonNode page = ApiCalls.json(api.send("GET", "/api/v1/meetings?size=1&status=DRAFT", planner, null));

        assertThat(page.path("items").size()).isEqualTo(1);
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.path("next").asString()).contains("page=1").contains("status=DRAFT");
        var tooBig = api.send("GET", "/api/v1/meetings?size=101", planner, null);
        assertThat(tooBig.statusCode()).isEqualTo(422);
        assertThat(ApiCalls.fields(ApiCalls.json(tooBig))).containsExactly("size");
        var badStatus = api.send("GET", "/api/v1/meetings?status=SOMETIME", planner, null);
        assertThat(badStatus.statusCode()).isEqualTo(422);
        assertThat(ApiCalls.fields(ApiCalls.json(badStatus))).containsExactly("status");
    }

    @Test
    void creating_answers_201_with_location_and_etag_and_times_with_an_offset_are_taken_in_the_zone() {
        MeetingData data = fixture.newMeeting();
        var json = ApiCalls.with(
                ApiCalls.meetingJson(data),
                "start",
                data.start()
                        .atZone(data.timeZone())
                        .toOffsetDateTime()
                        .withOffsetSameInstant(java.time.ZoneOffset.UTC)
                        .toString());

        var response = api.send("POST", "/api/v1/meetings?acknowledgeConflicts=true", planner, json);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        long id = ApiCalls.json(response).path("id").asLong();
        assertThat(response.header("Location")).hasValue("/api/v1/meetings/" + id);
        assertThat(response.header("ETag")).isPresent();
        assertThat(fixture.dataOf(new MeetingId(id)).start()).isEqualTo(data.start());
    }

    @Test
    void an_update_needs_if_match_and_a_stale_version_gets_412_and_changes_nothing() {
        MeetingId id = fixture.draft();
        var changed = ApiCalls.with(ApiCalls.meetingJson(fixture.dataOf(id)), "objectives", "New objectives");
        long version = fixture.versionOf(id);

        var missing = api.send("PUT", "/api/v1/meetings/" + id.value(), planner, changed);
        var stale = api.send(
                "PUT", "/api/v1/meetings/" + id.value(), planner, changed, "If-Match", "\"" + (version - 1) + "\"");

        assertThat(missing.statusCode()).isEqualTo(428);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(ApiCalls.json(stale).path("currentVersion").asLong()).isEqualTo(version);
        assertThat(fixture.dataOf(id).objectives()).isNotEqualTo("New objectives");

        var current =
                api.send("PUT", "/api/v1/meetings/" + id.value(), planner, changed, "If-Match", "\"" + version + "\"");
        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(current.header("ETag")).isPresent().isNotEqualTo(java.util.Optional.of("\"" + version + "\""));
        assertThat(fixture.dataOf(id).objectives()).isEqualTo("New objectives");
    }

    // --- refusals ------------------------------------------------------------------------------------------------

    @Test
    void invalid_input_gets_422_with_a_message_per_field_and_broken_json_400() {
        var json = ApiCalls.with(
                ApiCalls.with(ApiCalls.meetingJson(fixture.newMeeting()), "title", " "), "zone", "Mars/Olympus");
        var badZone = api.send("POST", "/api/v1/meetings", planner, json);
        assertThat(badZone.statusCode()).isEqualTo(422);
        assertThat(ApiCalls.json(badZone).path("errors").get(0).path("field").asString())
                .isEqualTo("zone");

        var blankTitle = api.send(
                "POST",
                "/api/v1/meetings",
                planner,
                ApiCalls.with(ApiCalls.meetingJson(fixture.newMeeting()), "title", " "));
        assertThat(blankTitle.statusCode()).isEqualTo(422);
        assertThat(blankTitle.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(ApiCalls.json(blankTitle).path("errors").get(0).path("field").asString())
                .isEqualTo("title");
        assertThat(ApiCalls.json(blankTitle)
                        .path("errors")
                        .get(0)
                        .path("message")
                        .asString())
                .isEqualTo("Give the meeting a title");

        var badKind = api.send(
                "POST",
                "/api/v1/meetings",
                planner,
                ApiCalls.with(ApiCalls.meetingJson(fixture.newMeeting()), "kind", "PICNIC"));
        assertThat(badKind.statusCode()).isEqualTo(422);
        assertThat(ApiCalls.fields(ApiCalls.json(badKind))).containsExactly("kind");

        assertThat(api.send("POST", "/api/v1/meetings", planner, "{\"title\": ").statusCode())
                .isEqualTo(400);
    }

    @Test
    void rejecting_without_a_comment_gets_422_on_the_comment() {
        MeetingId id = fixture.submitted();
        String approver = token("approver", ApiAccess.READ_WRITE).token();

        var response = api.send("POST", "/api/v1/meetings/" + id.value() + "/reject", approver, Map.of());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(ApiCalls.fields(ApiCalls.json(response))).containsExactly("comment");
        assertThat(fixture.statusOf(id)).isEqualTo(MeetingStatus.PENDING_APPROVAL);
    }

    @Test
    void the_four_eyes_rule_holds_over_the_api_with_409() {
        String dual = fixture.plannerWhoAlsoApproves();
        MeetingId own = fixture.savedBy(dual, fixture.newMeeting());
        fixture.as(dual, () -> fixture.approvals().submit(own, null));
        String dualToken = token(dual, ApiAccess.READ_WRITE).token();

        var response = api.send("POST", "/api/v1/meetings/" + own.value() + "/approve", dualToken, null);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(ApiCalls.json(response).path("detail").asString()).contains("You created this meeting");
        assertThat(fixture.statusOf(own)).isEqualTo(MeetingStatus.PENDING_APPROVAL);
    }

    @Test
    void people_clashes_get_409_listing_them_until_acknowledged() {
        MeetingId first = fixture.draft();
        var clash = ApiCalls.with(ApiCalls.meetingJson(fixture.dataOf(first)), "title", "Same people, same time");

        var refused = api.send("POST", "/api/v1/meetings", planner, clash);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(ApiCalls.json(refused).path("conflicts").size()).isGreaterThan(0);
        assertThat(ApiCalls.json(refused).path("acknowledge").asString()).contains("acknowledgeConflicts=true");

        var acknowledged = api.send("POST", "/api/v1/meetings?acknowledgeConflicts=true", planner, clash);
        assertThat(acknowledged.statusCode()).isEqualTo(201);
    }

    @Test
    void a_body_above_the_limit_gets_413_and_an_unknown_path_404_as_problem_details() {
        String huge = "{\"title\": \"" + "x".repeat(300 * 1024) + "\"}";

        var tooLarge = api.send("POST", "/api/v1/meetings", planner, huge);
        var unknown = api.send("GET", "/api/v1/nothing-here", planner, null);

        var chunked = api.send("POST", "/api/v1/meetings", planner, "{}", "Transfer-Encoding", "chunked");

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(chunked.statusCode()).isEqualTo(411);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    // --- description -----------------------------------------------------------------------------------------------

    @Test
    void the_openapi_document_is_public_and_lists_every_path_with_the_bearer_scheme() {
        var response = api.send("GET", "/api/v1/openapi.json", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = ApiCalls.json(response);
        assertThat(document.path("openapi").asString()).startsWith("3.");
        assertThat(document.path("paths").propertyNames())
                .contains(
                        "/api/v1/meetings",
                        "/api/v1/meetings/{id}",
                        "/api/v1/meetings/{id}/submit",
                        "/api/v1/meetings/{id}/approve",
                        "/api/v1/meetings/{id}/reject",
                        "/api/v1/meetings/{id}/cancel",
                        "/api/v1/meetings/{id}/invite.ics",
                        "/api/v1/people",
                        "/api/v1/people/{id}",
                        "/api/v1/venues",
                        "/api/v1/venues/{id}",
                        "/api/v1/action-items");
        assertThat(document.path("components")
                        .path("securitySchemes")
                        .path("bearer")
                        .path("scheme")
                        .asString())
                .isEqualTo("bearer");
    }

    @Test
    void the_browsable_page_is_served_without_a_token_and_without_inline_scripts() {
        var redirect = api.send("GET", "/api/v1/docs", null, null);
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.header("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/swagger-ui/index.html"));

        var page = api.send("GET", "/api/v1/swagger-ui/index.html", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-initializer.js").doesNotContainPattern("<script>\\s*\\S");
        assertThat(api.send("GET", "/api/v1/swagger-ui/swagger-initializer.js", null, null)
                        .body())
                .contains("/api/v1/openapi.json");
    }
}

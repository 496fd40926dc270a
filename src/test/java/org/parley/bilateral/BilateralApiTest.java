package org.parley.bilateral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.AccessFixture;
import org.parley.ApiCalls;
import org.parley.ParleyTest;
import org.parley.meeting.MeetingId;
import org.parley.security.ApiAccess;
import org.parley.security.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

@ParleyTest
class BilateralApiTest {

    @Autowired
    AccessFixture fixture;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    WebApplicationContext context;

    ApiCalls api;

    @BeforeEach
    void client() {
        api = new ApiCalls(context);
    }

    private String token(String username, ApiAccess access) {
        return fixture.as(
                        username,
                        () -> tokens.create(
                                fixture.unique("bilateral api"), Instant.now().plus(1, ChronoUnit.DAYS), access))
                .token();
    }

    private JsonNode awaitEnd(String path, String token) {
        long giveUp = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        JsonNode run = ApiCalls.json(api.send("GET", path, token, null));
        while (run.path("state").asString().equals("RUNNING") && System.nanoTime() < giveUp) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            run = ApiCalls.json(api.send("GET", path, token, null));
        }
        return run;
    }

    @Test
    void a_planner_starts_a_plan_over_http_follows_it_and_reads_each_placed_bilateral_with_its_offset_and_room() {
        MeetingId conference = fixture.bilaterals().conference();
        fixture.bilaterals().requested(conference);
        String planner = token("planner", ApiAccess.READ_WRITE);
        String base = "/api/v1/meetings/" + conference.value() + "/bilaterals";

        var before = api.send("GET", base + "/plan", planner, null);
        var started = api.send("POST", base + "/plan", planner, null);
        var again = api.send("POST", base + "/plan", planner, null);
        JsonNode ended = awaitEnd(base + "/plan", planner);
        var list = api.send("GET", base, token("viewer", ApiAccess.READ_ONLY), null);

        assertThat(ApiCalls.json(before).path("state").asString()).isEqualTo("IDLE");
        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(started.header("Location")).hasValue(base + "/plan");
        assertThat(ApiCalls.json(started).path("state").asString()).isEqualTo("RUNNING");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.raw().getContentType()).startsWith("application/problem+json");
        assertThat(ended.path("state").asString()).isEqualTo("FINISHED");
        assertThat(ended.path("score").path("feasible").asBoolean()).isTrue();
        assertThat(ended.path("placed").path("must").asInt()).isEqualTo(1);
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode bilateral = ApiCalls.json(list).get(0);
        assertThat(bilateral.path("priority").asString()).isEqualTo("MUST");
        assertThat(bilateral.path("status").asString()).isEqualTo("REQUESTED");
        // ISO-8601 with the offset that applies at the venue (Geneva) on that day
        var start = java.time.OffsetDateTime.parse(bilateral.path("start").asString());
        assertThat(start.getOffset())
                .isEqualTo(java.time.ZoneId.of("Europe/Zurich").getRules().getOffset(start.toInstant()));
        assertThat(bilateral.path("start").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00\\+0[12]:00");
        assertThat(bilateral.path("room").path("name").asString()).isEqualTo("Salon");
        assertThat(bilateral.path("pinned").asBoolean()).isFalse();
    }

    @Test
    void a_read_only_token_cannot_start_a_plan_and_a_meeting_that_is_no_conference_or_a_bad_id_get_problem_details() {
        MeetingId conference = fixture.bilaterals().conference();
        MeetingId notAConference = fixture.draft();
        String planner = token("planner", ApiAccess.READ_WRITE);

        var readOnly = api.send(
                "POST",
                "/api/v1/meetings/" + conference.value() + "/bilaterals/plan",
                token("planner", ApiAccess.READ_ONLY),
                null);
        var noConference = api.send("GET", "/api/v1/meetings/" + notAConference.value() + "/bilaterals", planner, null);
        var badId = api.send("GET", "/api/v1/meetings/twelve/bilaterals/plan", planner, null);
        var missing = api.send("GET", "/api/v1/meetings/999999999/bilaterals", planner, null);

        assertThat(readOnly.statusCode()).isEqualTo(403);
        assertThat(noConference.statusCode()).isEqualTo(409);
        assertThat(ApiCalls.json(noConference).path("detail").asString()).contains("conference");
        assertThat(badId.statusCode()).isEqualTo(422);
        assertThat(missing.statusCode()).isEqualTo(404);
        for (var response : java.util.List.of(readOnly, noConference, badId, missing)) {
            assertThat(response.raw().getContentType()).startsWith("application/problem+json");
        }
    }
}

package org.parley.readout;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.parley.shared.Classification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

@ParleyTest
class ReadoutApiTest {

    @Autowired
    AccessFixture fixture;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ReadoutService readouts;

    @Autowired
    WebApplicationContext context;

    ApiCalls api;

    @BeforeEach
    void client() {
        api = new ApiCalls(context);
    }

    private String token(String username) {
        return fixture.as(
                        username,
                        () -> tokens.create(
                                fixture.unique("readout api"),
                                Instant.now().plus(1, ChronoUnit.DAYS),
                                ApiAccess.READ_ONLY))
                .token();
    }

    @Test
    void a_meetings_readout_is_read_with_a_token_within_clearance() {
        MeetingId call = fixture.withReleasedReadout();

        var response = api.send("GET", "/api/v1/meetings/" + call + "/readout", token("viewer"), null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode readout = ApiCalls.json(response);
        assertThat(readout.path("status").asString()).isEqualTo("RELEASED");
        assertThat(readout.path("texts").get(0).path("language").asString()).isEqualTo("en");
        assertThat(readout.path("texts").get(0).path("released").asString())
                .isEqualTo("The ministers agreed to keep channels open");
    }

    @Test
    void a_meeting_without_a_readout_or_above_clearance_is_a_404_problem_and_no_token_a_401() {
        MeetingId none = fixture.ended(Classification.UNCLASSIFIED);
        MeetingId secret = fixture.ended(Classification.SECRET);
        fixture.asSystem(() -> readouts.saveDraft(
                secret, new ReadoutDraft(java.util.List.of(new ReadoutTextData("en", "Secret wording")))));
        String viewer = token("viewer");

        var missing = api.send("GET", "/api/v1/meetings/" + none + "/readout", viewer, null);
        var hidden = api.send("GET", "/api/v1/meetings/" + secret + "/readout", viewer, null);
        var anonymous = api.send("GET", "/api/v1/meetings/" + none + "/readout", null, null);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.raw().getContentType()).startsWith("application/problem+json");
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("Secret wording");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void the_openapi_document_lists_the_readout() {
        var response = api.send("GET", "/api/v1/openapi.json", null, null);

        assertThat(ApiCalls.json(response).path("paths").propertyNames()).contains("/api/v1/meetings/{id}/readout");
    }
}

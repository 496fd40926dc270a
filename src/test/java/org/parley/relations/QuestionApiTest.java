package org.parley.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.AccessFixture;
import org.parley.ApiCalls;
import org.parley.ParleyTest;
import org.parley.security.ApiAccess;
import org.parley.security.ApiTokenService;
import org.parley.shared.Classification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

@ParleyTest
class QuestionApiTest {

    @Autowired
    AccessFixture fixture;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    QuestionService questions;

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
                                fixture.unique("questions api"),
                                Instant.now().plus(1, ChronoUnit.DAYS),
                                ApiAccess.READ_ONLY))
                .token();
    }

    private OpenQuestion restricted() {
        var data = AccessFixture.questionData(fixture.unique("Restricted sanctions question"));
        return fixture.as(
                "planner",
                () -> questions.create(new QuestionData(
                        data.title(),
                        "Restricted wording",
                        "",
                        "",
                        null,
                        QuestionStatus.OPEN,
                        Classification.RESTRICTED,
                        data.countries())));
    }

    @Test
    void a_countrys_questions_are_read_with_a_token_within_clearance() {
        OpenQuestion open = fixture.openQuestion();
        OpenQuestion hidden = restricted();

        var response = api.send("GET", "/api/v1/countries/ru/questions?size=100", token("viewer"), null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = ApiCalls.json(response);
        assertThat(page.path("items").findValuesAsString("title")).contains(open.title());
        assertThat(response.body()).doesNotContain(hidden.title());
        JsonNode row = null;
        for (JsonNode item : page.path("items")) {
            if (item.path("id").asLong() == open.id()) {
                row = item;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.path("status").asString()).isEqualTo("OPEN");
        assertThat(row.path("countries").toString()).contains("\"RU\"", "\"US\"");
        assertThat(row.path("lastMovement").path("kind").asString()).isEqualTo("CREATED");

        var one = api.send("GET", "/api/v1/questions/" + open.id(), token("viewer"), null);
        assertThat(ApiCalls.json(one).path("ourPosition").asString()).isEqualTo("Reciprocity");
    }

    @Test
    void bad_codes_are_a_problem_hidden_questions_a_404_and_no_token_a_401() {
        OpenQuestion hidden = restricted();
        String viewer = token("viewer");

        var badCode = api.send("GET", "/api/v1/countries/XX/questions", viewer, null);
        var script = api.send("GET", "/api/v1/countries/%3Cscript%3E/questions", viewer, null);
        var badPage = api.send("GET", "/api/v1/countries/RU/questions?size=0", viewer, null);
        var aboveClearance = api.send("GET", "/api/v1/questions/" + hidden.id(), viewer, null);
        var notANumber = api.send("GET", "/api/v1/questions/abc", viewer, null);
        var anonymous = api.send("GET", "/api/v1/countries/RU/questions", null, null);

        assertThat(badCode.statusCode()).isEqualTo(422);
        assertThat(badCode.raw().getContentType()).startsWith("application/problem+json");
        assertThat(badCode.body()).contains("two-letter");
        assertThat(script.statusCode()).isEqualTo(422);
        assertThat(badPage.statusCode()).isEqualTo(422);
        assertThat(aboveClearance.statusCode()).isEqualTo(404);
        assertThat(aboveClearance.body()).doesNotContain("Restricted wording");
        assertThat(notANumber.statusCode()).isEqualTo(422);
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void the_openapi_document_lists_the_questions() {
        var response = api.send("GET", "/api/v1/openapi.json", null, null);

        assertThat(ApiCalls.json(response).path("paths").propertyNames())
                .contains("/api/v1/countries/{code}/questions", "/api/v1/questions/{id}");
    }
}

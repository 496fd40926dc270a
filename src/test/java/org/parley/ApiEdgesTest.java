package org.parley;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.meeting.MeetingId;
import org.parley.security.ApiAccess;
import org.parley.security.ApiTokenService;
import org.parley.shared.CalendarYears;
import org.parley.shared.TimeZones;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The API at its edges, a class of input per test (docs/0016-clean-edges.md): deep pages, far dates, zones that are
 * not regions, methods, media types and addresses it does not take. Every refusal is a problem detail and changes
 * nothing.
 */
@ParleyTest
class ApiEdgesTest {

    private static final List<String> PAGED_LISTS =
            List.of("/api/v1/meetings", "/api/v1/people", "/api/v1/venues", "/api/v1/action-items");

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
        planner = users.as(
                        "planner",
                        () -> tokens.create(
                                fixture.unique("edges"), Instant.now().plus(1, ChronoUnit.DAYS), ApiAccess.READ_WRITE))
                .token();
    }

    @AfterEach
    void retirePending() {
        fixture.retirePending();
    }

    private long meetingCount() {
        return jdbc.queryForObject("select count(*) from meeting", Long.class);
    }

    private static void assertProblem(ApiCalls.Response response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(ApiCalls.json(response).path("status").asInt()).isEqualTo(status);
    }

    private static List<String> messagesFor(ApiCalls.Response response, String field) {
        List<String> messages = new ArrayList<>();
        ApiCalls.json(response).path("errors").forEach(e -> {
            if (e.path("field").asString().equals(field)) {
                messages.add(e.path("message").asString());
            }
        });
        return messages;
    }

    // --- pages ----------------------------------------------------------------------------------------------------

    @Test
    void every_paged_list_refuses_a_page_too_deep_with_422_on_the_page_instead_of_failing() {
        var tooDeep = List.of(
                "page=21474837&size=100",
                "page=2147483647&size=100",
                "page=2147483647&size=1",
                "page=1000001&size=1",
                "page=10001&size=100");
        for (String list : PAGED_LISTS) {
            for (String query : tooDeep) {
                var response = api.send("GET", list + "?" + query, planner, null);

                assertProblem(response, 422);
                assertThat(ApiCalls.fields(ApiCalls.json(response)))
                        .as(list + "?" + query)
                        .containsExactly("page");
            }
            assertThat(api.send("GET", list + "?page=10000&size=100", planner, null)
                            .statusCode())
                    .as("the deepest page allowed")
                    .isEqualTo(200);
        }
    }

    @Test
    void page_and_size_that_are_not_ints_or_out_of_their_range_get_422_on_that_parameter() {
        for (String list : PAGED_LISTS) {
            for (String query : List.of("page=-1", "page=99999999999", "page=1e3", "page=%20", "page=1.5")) {
                assertThat(ApiCalls.fields(ApiCalls.json(api.send("GET", list + "?" + query, planner, null))))
                        .as(list + "?" + query)
                        .containsExactly("page");
            }
            for (String query : List.of("size=0", "size=-5", "size=101", "size=2147483648", "size=ten")) {
                assertThat(ApiCalls.fields(ApiCalls.json(api.send("GET", list + "?" + query, planner, null))))
                        .as(list + "?" + query)
                        .containsExactly("size");
            }
        }
    }

    // --- dates ----------------------------------------------------------------------------------------------------

    @Test
    void a_start_outside_the_calendar_years_gets_422_on_the_start_and_nothing_is_saved() {
        var base = ApiCalls.meetingJson(fixture.newMeeting());
        long before = meetingCount();
        var starts = List.of(
                "+999999999-12-31T23:59",
                "-999999999-01-01T00:00",
                "0000-01-01T10:00",
                "+99999-05-10T10:00",
                "1899-12-31T23:00",
                "3000-01-01T10:00",
                "+999999999-12-31T23:59:00+14:00",
                "-999999999-01-01T00:00:00-18:00",
                "0000-05-10T10:00:00Z",
                "2999-12-31T23:00:00-05:00");

        for (String start : starts) {
            var response = api.send("POST", "/api/v1/meetings", planner, ApiCalls.with(base, "start", start));

            assertProblem(response, 422);
            assertThat(messagesFor(response, "start")).as(start).contains(CalendarYears.MESSAGE);
        }
        assertThat(meetingCount()).isEqualTo(before);
    }

    @Test
    void an_end_outside_the_calendar_years_gets_422_on_the_end() {
        var base = ApiCalls.meetingJson(fixture.newMeeting());

        for (String end : List.of("3000-01-01T00:00", "+99999-01-01T00:00", "+999999999-12-31T23:59")) {
            var response = api.send("POST", "/api/v1/meetings", planner, ApiCalls.with(base, "end", end));

            assertProblem(response, 422);
            assertThat(messagesFor(response, "end")).as(end).contains(CalendarYears.MESSAGE);
        }
    }

    @Test
    void list_filters_outside_the_calendar_years_get_422_on_the_filter() {
        for (String from : List.of("%2B999999999-12-31T23:59:59Z", "0000-01-01T00:00:00Z", "1899-01-01T00:00:00Z")) {
            var response = api.send("GET", "/api/v1/meetings?from=" + from, planner, null);

            assertProblem(response, 422);
            assertThat(ApiCalls.fields(ApiCalls.json(response))).containsExactly("from");
        }
        assertThat(ApiCalls.fields(
                        ApiCalls.json(api.send("GET", "/api/v1/meetings?to=3000-01-01T00:00:00Z", planner, null))))
                .containsExactly("to");
    }

    // --- zones ----------------------------------------------------------------------------------------------------

    @Test
    void a_zone_that_is_not_an_area_city_region_gets_422_on_the_zone() {
        var base = ApiCalls.meetingJson(fixture.newMeeting());
        long before = meetingCount();

        for (String zone : List.of(
                "GMT+14",
                "+05:30",
                "-14:00",
                "Z",
                "SystemV/AST4",
                "Etc/GMT-14",
                "Etc/UTC",
                "EST",
                "EST5EDT",
                "Japan",
                "europe/berlin",
                "Mars/Olympus",
                " ",
                "Europe/Berlin/",
                "UTC+3")) {
            var response = api.send("POST", "/api/v1/meetings", planner, ApiCalls.with(base, "zone", zone));

            assertProblem(response, 422);
            assertThat(messagesFor(response, "zone"))
                    .as("'" + zone + "'")
                    .isNotEmpty()
                    .allMatch(m -> m.equals(TimeZones.MESSAGE) || m.equals("Choose the time zone"));
        }
        assertThat(meetingCount()).isEqualTo(before);
    }

    // --- methods, media types, addresses --------------------------------------------------------------------------

    @Test
    void a_method_an_address_does_not_take_gets_405_with_allow() {
        MeetingId id = fixture.draft();
        var cases = Map.of(
                "DELETE /api/v1/meetings",
                "GET",
                "PATCH /api/v1/meetings/" + id.value(),
                "PUT",
                "DELETE /api/v1/meetings/" + id.value(),
                "GET",
                "PUT /api/v1/people/1",
                "GET",
                "POST /api/v1/venues",
                "GET",
                "GET /api/v1/meetings/" + id.value() + "/approve",
                "POST",
                "PUT /api/v1/action-items",
                "GET");

        cases.forEach((request, allowed) -> {
            String[] parts = request.split(" ");
            var response = api.send(parts[0], parts[1], planner, null);

            assertProblem(response, 405);
            assertThat(response.header("Allow"))
                    .as(request)
                    .hasValueSatisfying(a -> assertThat(a).contains(allowed));
        });
    }

    @Test
    void a_body_of_another_type_gets_415_and_an_accept_the_api_cannot_answer_406() {
        long before = meetingCount();
        for (String type : List.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x")) {
            var response = api.send("POST", "/api/v1/meetings", planner, null, "Content-Type", type);
            assertProblem(response, 415);
        }
        for (String accept : List.of("text/csv", "application/xml", "image/png")) {
            assertProblem(api.send("GET", "/api/v1/meetings", planner, null, "Accept", accept), 406);
            assertProblem(api.send("GET", "/api/v1/people/1", planner, null, "Accept", accept), 406);
        }
        assertThat(meetingCount()).isEqualTo(before);
    }

    @Test
    void unknown_addresses_are_404_and_addresses_the_firewall_refuses_400_all_problem_details() {
        for (String path : List.of(
                "/api",
                "/api/",
                "/api/v1",
                "/api/v1/",
                "/api/v2/meetings",
                "/api/v1/nothing",
                "/api/v1/meetings/1/nothing",
                "/api/v1/meetings/1/invite.pdf")) {
            assertProblem(api.send("GET", path, planner, null), 404);
        }
        for (String path : List.of(
                "/api/v1/meetings%2F1",
                "/api/v1/meetings;jsessionid=x",
                "/api//v1/meetings",
                "/api/v1/%2e%2e/v1/meetings",
                "/api/v1/meetings/%00",
                "/api/v1/meetings%5C1")) {
            assertProblem(api.send("GET", path, planner, null), 400);
        }
        assertThat(api.send("GET", "/api/v1/swagger-ui/index.html", null, null).statusCode())
                .as("the browsable page is still served")
                .isEqualTo(200);
    }

    // --- what never leaves Parley ---------------------------------------------------------------------------------

    @Test
    void the_invite_of_a_draft_cancelled_before_approval_is_refused_with_409() {
        MeetingId id = fixture.draft();
        var cancelled = api.send(
                "POST",
                "/api/v1/meetings/" + id.value() + "/cancel",
                planner,
                Map.of("reason", "The other side withdrew"));
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);

        var invite = api.send("GET", "/api/v1/meetings/" + id.value() + "/invite.ics", planner, null);

        assertProblem(invite, 409);
        assertThat(ApiCalls.json(invite).path("detail").asString()).contains("never left Parley");
    }

    // --- the document ---------------------------------------------------------------------------------------------

    @Test
    void the_openapi_document_marks_what_answers_always_hold_and_what_inputs_need() {
        JsonNode schemas = ApiCalls.json(api.send("GET", "/api/v1/openapi.json", null, null))
                .path("components")
                .path("schemas");

        assertThat(required(schemas, "Meeting"))
                .contains("id", "version", "title", "start", "end", "zone", "status", "delegations", "agenda")
                .doesNotContain("venue", "parentConference", "approval");
        assertThat(required(schemas, "PageMeetingItem")).containsExactlyInAnyOrder("items", "page", "size");
        assertThat(required(schemas, "MeetingInput"))
                .containsExactlyInAnyOrder("title", "kind", "tier", "format", "start", "end", "zone", "classification");
        assertThat(required(schemas, "DelegationInput")).contains("country", "ours", "members");
        assertThat(required(schemas, "AgendaInput")).contains("title", "plannedMinutes");
    }

    /**
     * The document and the behaviour agree: leaving out a field the document calls required is refused with an error
     * on that field, and leaving out any other field of a sound meeting is not refused for that field.
     */
    @Test
    void a_meeting_input_lacking_a_required_field_is_refused_on_it_and_lacking_another_is_not() {
        JsonNode schemas = ApiCalls.json(api.send("GET", "/api/v1/openapi.json", null, null))
                .path("components")
                .path("schemas");
        Set<String> required = new LinkedHashSet<>(required(schemas, "MeetingInput"));
        var sound = ApiCalls.meetingJson(fixture.newMeeting());
        // required for every kind but a conference: the document says so in words rather than in "required"
        assertThat(schemas.path("MeetingInput")
                        .path("properties")
                        .path("delegations")
                        .path("description")
                        .asString())
                .contains("every kind but a conference");

        for (String field : schemas.path("MeetingInput").path("properties").propertyNames()) {
            if (field.equals("delegations")) {
                continue;
            }
            var lacking = new java.util.LinkedHashMap<>(sound);
            lacking.remove(field);
            var response = api.send("POST", "/api/v1/meetings?acknowledgeConflicts=true", planner, lacking);

            if (required.contains(field)) {
                assertProblem(response, 422);
                assertThat(ApiCalls.fields(ApiCalls.json(response))).as(field).contains(field);
            } else {
                assertThat(response.statusCode() == 201
                                || !ApiCalls.fields(ApiCalls.json(response)).contains(field))
                        .as(field + ": " + response.body())
                        .isTrue();
            }
        }
    }

    private static List<String> required(JsonNode schemas, String name) {
        List<String> names = new ArrayList<>();
        schemas.path(name).path("required").forEach(n -> names.add(n.asString()));
        return names;
    }
}

package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A script drives Parley through its API with nothing but {@link HttpClient}: the demo planner and approver each
 * create a personal token on their profile page (as a person would), then the script creates a draft, submits it,
 * has it approved with the approver's token, and downloads the meeting's calendar file.
 */
@Tag("e2e")
@ExtendWith(RunningParley.class)
class ApiE2ETest {

    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void a_script_plans_a_meeting_has_it_approved_and_fetches_its_invite(RunningParley parley, Page page)
            throws Exception {
        String plannerToken = tokenFromProfilePage(parley, page, "planner");
        page.locator("#sign-out").click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        String approverToken = tokenFromProfilePage(parley, page, "approver");

        var noToken = send(parley, "GET", "/api/v1/meetings", null, null);
        assertThat(noToken.statusCode()).isEqualTo(401);

        String people = send(parley, "GET", "/api/v1/people?size=100", plannerToken, null)
                .body();
        List<String[]> idAndCountry = Pattern.compile("\"id\":(\\d+),\"fullName\":\"[^\"]*\",\"title\":[^,]*,"
                        + "\"organisation\":(?:null|\"[^\"]*\"),\"country\":\"([A-Z]{2})\"")
                .matcher(people)
                .results()
                .map(m -> new String[] {m.group(1), m.group(2)})
                .toList();
        String[] ours = idAndCountry.getFirst();
        String[] theirs = idAndCountry.stream()
                .filter(p -> !p[1].equals(ours[1]))
                .findFirst()
                .orElseThrow();
        LocalDate day =
                LocalDate.of(2031, 1, 5).plusDays(ThreadLocalRandom.current().nextInt(60)); // winter: +01:00
        String draft = """
                {"title": "Scripted consultations %s", "kind": "EXPERT_MEETING", "tier": "WORKING_LEVEL",
                 "format": "VIRTUAL", "start": "%sT10:00", "end": "%sT11:30", "zone": "Europe/Berlin",
                 "classification": "UNCLASSIFIED", "objectives": "Planned by a script",
                 "delegations": [
                   {"country": "%s", "ours": true, "members": [{"person": %s, "role": "HEAD"}]},
                   {"country": "%s", "ours": false, "members": [{"person": %s, "role": "HEAD"}]}],
                 "agenda": [{"title": "Opening", "plannedMinutes": 15}]}
                """.formatted(day, day, day, ours[1], ours[0], theirs[1], theirs[0]);

        var created = send(parley, "POST", "/api/v1/meetings?acknowledgeConflicts=true", plannerToken, draft);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body())
                .contains(
                        "\"start\":\"" + day + "T10:00:00+01:00\"",
                        "\"zone\":\"Europe/Berlin\"",
                        "\"status\":\"DRAFT\"");
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).isTrue();
        String meeting = "/api/v1/meetings/" + id.group(1);
        assertThat(created.headers().firstValue("Location")).hasValue(meeting);

        var submitted = send(parley, "POST", meeting + "/submit", plannerToken, "{\"comment\": \"Ready\"}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        var byPlanner = send(parley, "POST", meeting + "/approve", plannerToken, null);
        assertThat(byPlanner.statusCode()).isEqualTo(403);
        assertThat(byPlanner.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        var approved = send(parley, "POST", meeting + "/approve", approverToken, "{\"comment\": \"Agreed\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(approved.body()).contains("\"status\":\"APPROVED\"");

        var invite = send(parley, "GET", meeting + "/invite.ics", plannerToken, null);
        assertThat(invite.statusCode()).isEqualTo(200);
        assertThat(invite.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(invite.body())
                .startsWith("BEGIN:VCALENDAR\r\n")
                .containsPattern("\r\nMETHOD:(REQUEST|PUBLISH)\r\n")
                .contains("\r\nUID:meeting-" + id.group(1) + "@", "\r\nDTSTART;TZID=Europe/Berlin:")
                .endsWith("END:VCALENDAR\r\n");

        page.navigate(parley.url("/api/v1/docs"));
        page.locator(".swagger-ui .info .title").waitFor();
        assertThat(page.locator(".opblock-summary-path").allTextContents()).contains("/api/v1/meetings/{id}/approve");
        parley.screenshot(page, "api-docs");
        assertThat(parley.cspViolations(page)).isEmpty();
    }

    /** Signs in, creates a read-write token on the profile page and reads it from the field that shows it once. */
    static String tokenFromProfilePage(RunningParley parley, Page page, String username) {
        parley.signIn(page, username);
        String token = OperatorSteps.readWriteToken(page, parley.baseUrl());
        parley.screenshot(page, "profile-api-token-" + username);
        assertThat(parley.cspViolations(page)).isEmpty();
        return token;
    }

    static HttpResponse<String> send(RunningParley parley, String method, String path, String token, String json)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(parley.url(path)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

package org.parley.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Parley's JSON API at one address with one personal API token, as a script would call it. Thread-safe. */
final class ParleyApi {

    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String token;

    ParleyApi(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** Sends a request with the token; {@code json} is the body, if any. */
    HttpResponse<String> send(String method, String path, @Nullable String json)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asks for a new draft conference (no delegations needed) on a day in 2032–2033; the answer says how it went. */
    HttpResponse<String> createMeeting(String title) throws IOException, InterruptedException {
        LocalDate day =
                LocalDate.of(2032, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(700));
        return send("POST", "/api/v1/meetings", """
                {"title": "%s", "kind": "CONFERENCE", "tier": "MINISTERIAL", "format": "VIRTUAL",
                 "start": "%sT10:00", "end": "%sT11:00", "zone": "Europe/Berlin", "classification": "UNCLASSIFIED",
                 "objectives": "Written by an end-to-end test", "delegations": [], "agenda": []}
                """.formatted(title, day, day));
    }

    /** The meeting id in a meeting answer, if it is one. */
    static OptionalLong id(HttpResponse<String> meeting) {
        Matcher id = ID.matcher(meeting.body());
        return id.find() ? OptionalLong.of(Long.parseLong(id.group(1))) : OptionalLong.empty();
    }
}

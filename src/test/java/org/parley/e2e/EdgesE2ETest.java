package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged app on a random port, at the edges only a real server has: what Tomcat and the firewall refuse before
 * any endpoint is reached is a problem detail under /api, and the addresses Parley hands out name the port it really
 * listens on (docs/0016-clean-edges.md).
 */
@Tag("e2e")
@ExtendWith(RunningParley.class)
class EdgesE2ETest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HttpResponse<String> send(String method, String url, String... headers)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode())
                .as(response.uri() + ": " + response.body())
                .isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .as(response.uri().toString())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status).doesNotContain("<html", "Tomcat");
    }

    @Test
    void what_tomcat_refuses_under_api_before_parley_sees_it_is_a_problem_detail(RunningParley parley)
            throws Exception {
        assertProblem(send("TRACE", parley.url("/api/v1/meetings")), 405);
        assertProblem(send("GET", parley.url("/api/v1/meetings%2F1")), 400);
        assertProblem(send("GET", parley.url("/api/v1/meetings"), "X-Padding", "x".repeat(20_000)), 400);
    }

    @Test
    void what_the_firewall_refuses_under_api_is_a_problem_detail_not_the_sign_in_page(RunningParley parley)
            throws Exception {
        for (String path : new String[] {
            "/api/v1/meetings;jsessionid=x", "/api//v1/meetings", "/api/v1/%2e%2e/login", "/api/v1/meetings%5C1"
        }) {
            HttpResponse<String> response = send("GET", parley.url(path));

            assertProblem(response, 400);
            assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
        }
    }

    @Test
    void elsewhere_the_usual_pages_stay(RunningParley parley) throws Exception {
        HttpResponse<String> response = send("GET", parley.url("/meetings%2F1"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).doesNotStartWith("application/problem+json"));
    }

    @Test
    void the_addresses_parley_hands_out_name_the_port_it_listens_on(RunningParley parley) throws Exception {
        var demoFeed = Pattern.compile("Demo calendar feed of the planner: (\\S+\\.ics)")
                .matcher(parley.appLog());
        assertThat(demoFeed.find()).as("the demo feed's address in the log").isTrue();
        String address = demoFeed.group(1);

        assertThat(address).startsWith(parley.baseUrl() + "/calendar/feeds/");
        HttpResponse<String> feed = send("GET", address);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("URL:" + parley.baseUrl() + "/meetings/");
    }
}

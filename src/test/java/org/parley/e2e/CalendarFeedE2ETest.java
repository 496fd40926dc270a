package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The planner creates a calendar feed on the Calendar feeds page, and a calendar program (a plain HTTP client, no
 * sign-in) fetches it from the packaged app: once in full, then as 304 with the ETag; after deleting, the address
 * answers 404.
 */
@Tag("e2e")
@ExtendWith(RunningParley.class)
class CalendarFeedE2ETest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void a_feed_made_on_the_page_is_served_to_calendar_programs_until_it_is_deleted(RunningParley parley, Page page)
            throws Exception {
        parley.signIn(page, "planner");
        page.navigate(parley.url("/feeds"));
        page.locator("#feed-name input").fill("E2E feed");
        page.locator("#create-feed").click();
        var shown = page.locator("#feed-url input");
        shown.waitFor();
        // no parley.calendar.base-url in the demo: the address has the port the app really listens on
        assertThat(shown.inputValue()).startsWith(parley.baseUrl() + "/calendar/feeds/");
        String path = URI.create(shown.inputValue()).getPath();
        assertThat(path).matches("/calendar/feeds/[A-Za-z0-9_-]{43,}\\.ics");
        assertThat(page.locator("#feed-webcal-url input").inputValue())
                .startsWith("webcal://")
                .endsWith(path);
        parley.screenshot(page, "calendar-feeds");
        assertThat(parley.cspViolations(page)).isEmpty();

        HttpResponse<String> full = fetch(parley, path, null);
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/calendar").containsIgnoringCase("charset=utf-8"));
        assertThat(full.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(full.body())
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("\r\nX-WR-CALNAME:E2E feed\r\n", "\r\nBEGIN:VEVENT\r\n")
                .doesNotContain("ATTENDEE")
                .endsWith("END:VCALENDAR\r\n");
        String etag = full.headers().firstValue("ETag").orElseThrow();

        assertThat(fetch(parley, path, etag).statusCode()).isEqualTo(304);

        page.locator("[id^='revoke-feed-']").last().click();
        page.getByText("its address no longer works").waitFor();
        HttpResponse<String> gone = fetch(parley, path, null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).doesNotContain("E2E feed");
    }

    private static HttpResponse<String> fetch(RunningParley parley, String path, String ifNoneMatch)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(parley.url(path)));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

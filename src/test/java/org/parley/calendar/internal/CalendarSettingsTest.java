package org.parley.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;

/** A bad calendar setting stops Parley at start-up with a message naming the setting, instead of bad invites. */
class CalendarSettingsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CalendarConfiguration.class)
            .withPropertyValues(
                    "parley.calendar.uid-domain=parley.example.org",
                    "parley.calendar.base-url=https://parley.example.org",
                    "parley.calendar.organizer-email=p@x.example",
                    "parley.calendar.organizer-name=Protocol");

    @Test
    void good_settings_give_the_uid_and_the_link_back() {
        context.run(started -> {
            CalendarSettings settings = started.getBean(CalendarSettings.class);
            assertThat(settings.uidOf(42)).isEqualTo("meeting-42@parley.example.org");
            assertThat(new BaseUrl(settings, started.getEnvironment()).meetingPage(42))
                    .isEqualTo(URI.create("https://parley.example.org/meetings/42"));
        });
    }

    @Test
    void without_a_base_url_links_lead_to_the_port_parley_really_listens_on() {
        context.withPropertyValues("parley.calendar.base-url=", "server.port=0").run(started -> {
            var baseUrl = new BaseUrl(started.getBean(CalendarSettings.class), started.getEnvironment());

            baseUrl.webServerStarted(new ServletWebServerInitializedEvent(
                    new ListeningOn(41234), new ServletWebServerApplicationContext()));

            assertThat(baseUrl.meetingPage(7)).isEqualTo(URI.create("http://localhost:41234/meetings/7"));
            assertThat(baseUrl.feed("abc")).isEqualTo(URI.create("http://localhost:41234/calendar/feeds/abc.ics"));
        });
    }

    @Test
    void a_base_url_the_operator_set_wins_over_the_port() {
        context.run(started -> {
            var baseUrl = new BaseUrl(started.getBean(CalendarSettings.class), started.getEnvironment());

            baseUrl.webServerStarted(new ServletWebServerInitializedEvent(
                    new ListeningOn(41234), new ServletWebServerApplicationContext()));

            assertThat(baseUrl.meetingPage(7)).isEqualTo(URI.create("https://parley.example.org/meetings/7"));
        });
    }

    /** A web server that only says which port it took. */
    private record ListeningOn(int port) implements WebServer {
        @Override
        public void start() {}

        @Override
        public void stop() {}

        @Override
        public int getPort() {
            return port;
        }
    }

    @Test
    void a_uid_domain_that_is_no_domain_is_refused() {
        context.withPropertyValues("parley.calendar.uid-domain=parley example")
                .run(started -> assertThat(started)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("parley.calendar.uid-domain must be"));
    }

    @Test
    void a_base_url_that_is_not_an_absolute_web_address_is_refused() {
        for (String url : new String[] {"parley.example.org/x", "ftp://parley.example.org"}) {
            context.withPropertyValues("parley.calendar.base-url=" + url)
                    .run(started -> assertThat(started)
                            .getFailure()
                            .rootCause()
                            .hasMessageContaining("parley.calendar.base-url must be an absolute http or https"));
        }
    }

    @Test
    void a_missing_organiser_is_refused() {
        context.withPropertyValues("parley.calendar.organizer-email=")
                .run(started -> assertThat(started)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("parley.calendar.organizer-email"));
    }
}

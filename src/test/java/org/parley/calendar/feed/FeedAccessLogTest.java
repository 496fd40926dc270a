package org.parley.calendar.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.valves.AccessLogValve;
import org.junit.jupiter.api.Test;
import org.parley.shared.SecretTokens;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

class FeedAccessLogTest {

    @Test
    void the_token_never_reaches_the_access_log() {
        String token = SecretTokens.newToken();
        assertThat(FeedAccessLog.masked("127.0.0.1 - - [29/Nov/2026:01:00:00 +0000] \"GET /calendar/feeds/" + token
                        + ".ics HTTP/1.1\" 304 -"))
                .isEqualTo("127.0.0.1 - - [29/Nov/2026:01:00:00 +0000] \"GET /calendar/feeds/\u2026 HTTP/1.1\" 304 -");
        assertThat(FeedAccessLog.masked("GET /meetings/42 HTTP/1.1")).isEqualTo("GET /meetings/42 HTTP/1.1");
    }

    @Test
    void spring_boots_access_log_valve_is_replaced_by_a_masking_one_with_the_same_settings() {
        var factory = new TomcatServletWebServerFactory();
        var original = new AccessLogValve();
        original.setPattern("%h %t \"%r\" %s");
        original.setDirectory("custom-logs");
        original.setPrefix("parley-access");
        factory.addEngineValves(original);

        new FeedAccessLog().customize(factory);

        assertThat(factory.getEngineValves())
                .singleElement()
                .isInstanceOfSatisfying(FeedAccessLog.MaskingAccessLogValve.class, valve -> {
                    assertThat(valve.getPattern()).isEqualTo("%h %t \"%r\" %s");
                    assertThat(valve.getDirectory()).isEqualTo("custom-logs");
                    assertThat(valve.getPrefix()).isEqualTo("parley-access");
                });
    }
}

package org.parley.calendar.internal;

import java.net.URI;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where people reach Parley, for the links in invites, e-mails and feed addresses: {@code parley.calendar.base-url}
 * when an operator sets it, else this Parley's own address, {@code http://localhost:<port>}, with the port it really
 * listens on (known once the web server has started; a random port included). docs/0016-clean-edges.md.
 */
@Component
public class BaseUrl {

    private final CalendarSettings settings;
    private final Environment environment;
    private volatile URI listening;

    BaseUrl(CalendarSettings settings, Environment environment) {
        this.settings = settings;
        this.environment = environment;
        this.listening = local(environment.getProperty("server.port", Integer.class, 8080));
    }

    @EventListener
    void webServerStarted(WebServerInitializedEvent event) {
        // the management server, if it had its own port, is not where people go
        if (!"management".equals(event.getApplicationContext().getServerNamespace())) {
            listening = local(event.getWebServer().getPort());
        }
    }

    public URI get() {
        return settings.baseUrl() != null ? settings.baseUrl() : listening;
    }

    public URI meetingPage(long meetingId) {
        return resolve("meetings/" + meetingId);
    }

    public URI feed(String token) {
        return resolve("calendar/feeds/" + token + ".ics");
    }

    private URI resolve(String path) {
        String base = get().toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + path);
    }

    private URI local(int port) {
        boolean tls = environment.getProperty("server.ssl.enabled", Boolean.class, false);
        String contextPath = environment.getProperty("server.servlet.context-path", "");
        return URI.create((tls ? "https" : "http") + "://localhost:" + port + contextPath);
    }
}

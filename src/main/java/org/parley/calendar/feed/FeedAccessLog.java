package org.parley.calendar.feed;

import java.io.CharArrayWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.AccessLogValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Keeps feed tokens out of Tomcat's access log, which an operator may switch on
 * ({@code server.tomcat.accesslog.enabled}): the token is the feed's only key. Runs after Spring Boot has added its
 * access log valve and replaces it by one with the same settings that writes {@code /calendar/feeds/…} instead.
 */
@Component
class FeedAccessLog implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    static final Pattern TOKEN_IN_PATH = Pattern.compile("(/calendar/feeds/)[^\\s?\"]+");

    static String masked(String line) {
        return TOKEN_IN_PATH.matcher(line).replaceAll("$1\u2026");
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after Spring Boot's own customizer, which adds the valve
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (!(factory instanceof org.springframework.boot.tomcat.TomcatWebServerFactory tomcat)) {
            return;
        }
        List<Valve> valves = new ArrayList<>();
        boolean replaced = false;
        for (Valve valve : tomcat.getEngineValves()) {
            if (valve instanceof AccessLogValve log && !(valve instanceof MaskingAccessLogValve)) {
                valves.add(MaskingAccessLogValve.copyOf(log));
                replaced = true;
            } else {
                valves.add(valve);
            }
        }
        if (replaced) {
            tomcat.setEngineValves(valves);
        }
    }

    /** Tomcat's file access log, with feed tokens masked in every line. */
    static final class MaskingAccessLogValve extends AccessLogValve {

        static MaskingAccessLogValve copyOf(AccessLogValve original) {
            var copy = new MaskingAccessLogValve();
            copy.setPattern(original.getPattern());
            copy.setDirectory(original.getDirectory());
            copy.setPrefix(original.getPrefix());
            copy.setSuffix(original.getSuffix());
            copy.setRotatable(original.isRotatable());
            copy.setRenameOnRotate(original.isRenameOnRotate());
            copy.setFileDateFormat(original.getFileDateFormat());
            copy.setBuffered(original.isBuffered());
            copy.setEncoding(original.getEncoding());
            copy.setMaxDays(original.getMaxDays());
            copy.setCheckExists(original.isCheckExists());
            copy.setConditionIf(original.getConditionIf());
            copy.setConditionUnless(original.getConditionUnless());
            copy.setRequestAttributesEnabled(original.getRequestAttributesEnabled());
            copy.setLocale(original.getLocale());
            copy.setIpv6Canonical(original.getIpv6Canonical());
            copy.setEnabled(original.getEnabled());
            return copy;
        }

        @Override
        public void log(CharArrayWriter message) {
            var masked = new CharArrayWriter();
            masked.append(masked(message.toString()));
            super.log(masked);
        }
    }
}

package org.parley.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * What every calendar file Parley writes must satisfy, beyond iCal4j's own validation: bytes (UTF-8 without a BOM,
 * CRLF only, no physical line over 75 octets), time zones (every TZID has exactly one VTIMEZONE, in the subset
 * Outlook understands), no floating times, and RRULE UNTIL in UTC.
 */
public final class IcsChecks {

    private static final Pattern TZID_PARAMETER = Pattern.compile(";TZID=(\"[^\"]*\"|[^;:]*)");
    private static final Pattern UNTIL = Pattern.compile("UNTIL=([0-9TZ]+)");

    private IcsChecks() {}

    /** Checks the file and returns it as parsed back by iCal4j, whose time zones come from the file's VTIMEZONEs. */
    public static Calendar check(byte[] ics) {
        assertThat(ics).as("a calendar file").isNotEmpty();
        assertThat(ics[0] == (byte) 0xEF && ics[1] == (byte) 0xBB && ics[2] == (byte) 0xBF)
                .as("starts with a UTF-8 byte order mark")
                .isFalse();
        String text = strictUtf8(ics);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                assertThat(i > 0 && text.charAt(i - 1) == '\r')
                        .as("LF without CR at offset %d", i)
                        .isTrue();
            } else if (c == '\r') {
                assertThat(i + 1 < text.length() && text.charAt(i + 1) == '\n')
                        .as("CR without LF at offset %d", i)
                        .isTrue();
            }
        }
        List<Integer> tooLong = new ArrayList<>();
        String[] physical = text.split("\r\n", -1);
        for (int n = 0; n < physical.length; n++) {
            if (physical[n].getBytes(StandardCharsets.UTF_8).length > ContentLines.MAX_OCTETS) {
                tooLong.add(n + 1);
            }
        }
        assertThat(tooLong).as("physical lines longer than 75 octets").isEmpty();

        List<String> lines = unfolded(text);
        checkTimeZones(lines);
        checkTimes(lines);
        lines.stream().filter(line -> line.startsWith("RRULE")).forEach(rrule -> {
            Matcher until = UNTIL.matcher(rrule);
            if (until.find()) {
                assertThat(until.group(1)).as("UNTIL in %s", rrule).endsWith("Z");
            }
        });

        Calendar calendar = parse(ics);
        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).as("iCal4j validation: %s", result).isFalse();
        if (lines.contains("METHOD:CANCEL")) {
            assertThat(lines).contains("STATUS:CANCELLED").doesNotContain("BEGIN:VALARM");
        }
        return calendar;
    }

    public static Calendar parse(byte[] ics) {
        try {
            return new CalendarBuilder().build(new ByteArrayInputStream(ics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("iCal4j cannot parse the file: " + e.getMessage(), e);
        }
    }

    /** The content lines, unfolded (RFC 5545 §3.1: a CRLF followed by one space or tab continues the line). */
    public static List<String> unfolded(String text) {
        String joined = text.replaceAll("\r\n[ \t]", "");
        return List.of(joined.split("\r\n"));
    }

    public static String property(List<String> lines, String name) {
        return lines.stream()
                .filter(line -> line.startsWith(name + ":") || line.startsWith(name + ";"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in the file"));
    }

    public static Instant start(Calendar calendar) {
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        DtStart<Temporal> start = event.getRequiredProperty("DTSTART");
        return Instant.from(start.getDate());
    }

    public static String summary(Calendar calendar) {
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        return event.getRequiredProperty("SUMMARY").getValue();
    }

    private static void checkTimeZones(List<String> lines) {
        Set<String> used = new TreeSet<>();
        Map<String, Integer> defined = new TreeMap<>();
        boolean inTimeZone = false;
        boolean inObservance = false;
        for (String line : lines) {
            switch (line) {
                case "BEGIN:VTIMEZONE" -> inTimeZone = true;
                case "END:VTIMEZONE" -> inTimeZone = false;
                case "BEGIN:STANDARD", "BEGIN:DAYLIGHT" -> inObservance = true;
                case "END:STANDARD", "END:DAYLIGHT" -> inObservance = false;
                default -> {
                    if (inTimeZone && line.startsWith("TZID:")) {
                        defined.merge(line.substring("TZID:".length()), 1, Integer::sum);
                    }
                    if (inObservance) {
                        checkObservanceLine(line);
                    }
                    Matcher tzid = TZID_PARAMETER.matcher(line);
                    while (tzid.find()) {
                        used.add(tzid.group(1).replace("\"", ""));
                    }
                }
            }
        }
        assertThat(defined.values()).as("VTIMEZONEs per TZID").allMatch(count -> count == 1);
        assertThat(defined.keySet()).as("VTIMEZONEs").isEqualTo(used);
    }

    /** Outlook's subset: no RDATE, and a yearly RRULE by one month and one BYDAY or one BYMONTHDAY. */
    private static void checkObservanceLine(String line) {
        assertThat(line).as("RDATE in a VTIMEZONE").doesNotStartWith("RDATE");
        if (line.startsWith("DTSTART")) {
            assertThat(line).as("an observance starts at local time").matches("DTSTART:\\d{8}T\\d{6}");
        }
        if (line.startsWith("RRULE")) {
            assertThat(line)
                    .contains("FREQ=YEARLY")
                    .containsPattern(";BYMONTH=\\d{1,2}(;|$)")
                    .doesNotContain("COUNT=");
            boolean byDay = line.matches(".*BYDAY=-?[1-4]?(MO|TU|WE|TH|FR|SA|SU)(;.*|$)");
            boolean byMonthDay = line.matches(".*BYMONTHDAY=-?\\d{1,2}(;.*|$)");
            assertThat(byDay ^ byMonthDay)
                    .as("one BYDAY or one BYMONTHDAY in %s", line)
                    .isTrue();
        }
    }

    /** Event times carry a TZID or are UTC; stamps are UTC. */
    private static void checkTimes(List<String> lines) {
        boolean inEvent = false;
        for (String line : lines) {
            if (line.equals("BEGIN:VEVENT")) {
                inEvent = true;
            } else if (line.equals("END:VEVENT")) {
                inEvent = false;
            } else if (inEvent && (line.startsWith("DTSTART") || line.startsWith("DTEND"))) {
                assertThat(line.contains(";TZID=") || line.endsWith("Z"))
                        .as("floating time: %s", line)
                        .isTrue();
                assertThat(line).as("a date-time, not a date").matches(".*:\\d{8}T\\d{6}Z?");
            } else if (line.startsWith("DTSTAMP") || line.startsWith("LAST-MODIFIED") || line.startsWith("CREATED")) {
                assertThat(line).as("UTC").matches("[A-Z-]+:\\d{8}T\\d{6}Z");
            }
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("not UTF-8: " + e.getMessage(), e);
        }
    }
}

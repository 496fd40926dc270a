package org.parley.calendar.importing;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.ZoneRulesBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DateProperty;
import org.jspecify.annotations.Nullable;
import org.parley.shared.CalendarYears;
import org.parley.shared.FileSizes;
import org.parley.shared.Messages;
import org.parley.shared.RuleViolationException;
import org.parley.shared.TimeZones;

/**
 * Reads one invitation from someone else's .ics file: Outlook, Exchange, Google, Apple and the like. Lenient where
 * real files differ from RFC 5545 (folding, blank space, invalid properties, Windows zone names, a BOM), but only for
 * this parse: nothing here touches iCal4j's JVM-wide compatibility hints, which stay strict for what Parley writes
 * (docs/0010-ics-import.md). A file that cannot be an invitation is refused with a message a planner understands.
 */
final class InvitationReader {

    /** A person named in the file: an ORGANIZER or ATTENDEE, by common name and e-mail address. */
    record Contact(@Nullable String name, @Nullable String email) {}

    /** What the file says, times already in the zone Parley chose for them. */
    record Invitation(
            @Nullable String method,
            @Nullable String title,
            String description,
            String location,
            ZonedDateTime start,
            ZonedDateTime end,
            boolean allDay,
            @Nullable Contact organiser,
            List<Contact> attendees,
            List<String> warnings) {}

    private static final Duration DEFAULT_LENGTH = Duration.ofHours(1);
    private static final java.time.format.DateTimeFormatter WALL_CLOCK =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final Set<String> NOT_INVITATIONS = Set.of("REPLY", "COUNTER", "DECLINECOUNTER", "REFRESH");

    private final long maxBytes;

    InvitationReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param unzonedTimes the zone for times the file gives without one (floating times, all-day events)
     */
    Invitation read(byte[] file, ZoneId unzonedTimes) {
        if (file.length > maxBytes) {
            throw refused("tooLarge", FileSizes.describe(file.length), FileSizes.describe(maxBytes));
        }
        String text = decode(file);
        checkLooksLikeICalendar(text);
        checkDatesAsWritten(text);
        ImportZoneRegistry zones = new ImportZoneRegistry();
        Calendar calendar = parse(text, zones);
        String method = calendar.getProperty(Property.METHOD)
                .map(Property::getValue)
                .map(m -> m.trim().toUpperCase(Locale.ROOT))
                .orElse(null);
        if ("CANCEL".equals(method)) {
            throw refused("cancels");
        }
        if (method != null && NOT_INVITATIONS.contains(method)) {
            throw refused("answers", method);
        }
        VEvent event = theOnlyEvent(calendar);
        List<String> warnings = new ArrayList<>();
        ZoneId calendarZone = calendar.getProperty("X-WR-TIMEZONE")
                .map(Property::getValue)
                .flatMap(InvitationReader::iana)
                .filter(TimeZones::isAccepted)
                .orElse(unzonedTimes);

        DateProperty<?> dtStart =
                event.<DateProperty<?>>getProperty(Property.DTSTART).orElseThrow(() -> refused("noStart"));
        When start = when(dtStart, zones, calendarZone, unzonedTimes, warnings, "start");
        When end = endOf(event, start, zones, calendarZone, unzonedTimes, warnings);
        ZonedDateTime startTime = start.time();
        ZonedDateTime endTime = end.time().withZoneSameInstant(startTime.getZone());
        for (ZonedDateTime time : List.of(startTime, endTime)) {
            if (!CalendarYears.contain(time)) {
                throw refused(
                        "outsideYears",
                        time.format(WALL_CLOCK),
                        plainNumber(CalendarYears.FIRST),
                        plainNumber(CalendarYears.LAST));
            }
        }
        if (!endTime.isAfter(startTime)) {
            throw refused("endsBeforeStart", endTime.format(WALL_CLOCK), startTime.format(WALL_CLOCK));
        }
        if (start.allDay()) {
            warnings.add("This is an all-day event: the draft runs from midnight to midnight in "
                    + startTime.getZone().getId() + "; set the real times in the editor");
        }
        if (event.getProperty(Property.RRULE).isPresent()
                || event.getProperty(Property.RDATE).isPresent()) {
            warnings.add("The invitation repeats; Parley meetings do not, so only the first occurrence is imported");
        }

        String title = text(event, Property.SUMMARY);
        if (title == null) {
            warnings.add("The invitation has no title (SUMMARY)");
        }
        Contact organiser = event.getProperty(Property.ORGANIZER)
                .map(InvitationReader::contact)
                .orElse(null);
        Set<Contact> attendees = new LinkedHashSet<>();
        Set<String> emails = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Property attendee : event.getProperties(Property.ATTENDEE)) {
            Contact contact = contact(attendee);
            if (contact.email() == null || emails.add(contact.email())) {
                attendees.add(contact);
            }
        }
        return new Invitation(
                method,
                title,
                orEmpty(text(event, Property.DESCRIPTION)),
                orEmpty(text(event, Property.LOCATION)),
                startTime,
                endTime,
                start.allDay(),
                organiser,
                List.copyOf(attendees),
                List.copyOf(warnings));
    }

    // --- the file as text -------------------------------------------------------------------------------------

    private static String decode(byte[] file) {
        if (file.length >= 2 && (file[0] & 0xFF) == 0xFF && (file[1] & 0xFF) == 0xFE) {
            return new String(file, 2, file.length - 2, StandardCharsets.UTF_16LE);
        }
        if (file.length >= 2 && (file[0] & 0xFF) == 0xFE && (file[1] & 0xFF) == 0xFF) {
            return new String(file, 2, file.length - 2, StandardCharsets.UTF_16BE);
        }
        int skip = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file, skip, file.length - skip))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            // RFC 5545 says UTF-8, but older exporters write their system's code page
            return new String(file, skip, file.length - skip, Charset.forName("windows-1252"));
        }
    }

    private static void checkLooksLikeICalendar(String text) {
        String start = text.stripLeading();
        if (start.isEmpty()) {
            throw refused("empty");
        }
        if (start.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, "BEGIN:VCALENDAR".length())) {
            return;
        }
        String head = start.substring(0, Math.min(start.length(), 1024)).toLowerCase(Locale.ROOT);
        String looksLike = head.startsWith("%pdf")
                ? "pdf"
                : head.contains("<html") || head.startsWith("<!doctype")
                        ? "html"
                        : head.startsWith("begin:vcard") ? "vcard" : head.startsWith("pk") ? "zip" : "unknown";
        throw refused("notICalendar." + looksLike);
    }

    private static final Pattern EVENT = Pattern.compile(
            "^BEGIN:VEVENT[ \\t]*$(.*?)^END:VEVENT[ \\t]*$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern START_OR_END = Pattern.compile(
            "^(DTSTART|DTEND)(?:;[^:\\r\\n]*)?:([^\\r\\n]*)$", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern DATE_OR_DATE_TIME =
            Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})Z?)?");

    /**
     * Refuses a start or end that names no real day or time (30 February, 24:00) or lies outside the calendar years,
     * as the file writes it: iCal4j would move 30 February to 28 February without a word, and drop a year 0. Only
     * the events' own times: a VTIMEZONE starts its rules in 1601, as Outlook writes them.
     */
    private static void checkDatesAsWritten(String text) {
        Matcher event = EVENT.matcher(text.replaceAll("\\r?\\n[ \\t]", "").replace("\r", ""));
        while (event.find()) {
            checkDatesAsWritten(START_OR_END.matcher(event.group(1)));
        }
    }

    private static void checkDatesAsWritten(Matcher line) {
        while (line.find()) {
            String what = line.group(1).equalsIgnoreCase("DTSTART") ? "start" : "end";
            String value = line.group(2).strip();
            Matcher parts = DATE_OR_DATE_TIME.matcher(value);
            if (!parts.matches()) {
                continue; // not in the basic form; left to iCal4j, which says so if it cannot read it
            }
            if (!exists(parts)) {
                throw refused("nonexistentTime", time(what), value);
            }
            if (!CalendarYears.contain(Integer.parseInt(parts.group(1)))) {
                throw refused(
                        "timeOutsideYears",
                        time(what),
                        value,
                        plainNumber(CalendarYears.FIRST),
                        plainNumber(CalendarYears.LAST));
            }
        }
    }

    private static boolean exists(Matcher parts) {
        try {
            LocalDate.of(
                    Integer.parseInt(parts.group(1)),
                    Integer.parseInt(parts.group(2)),
                    Integer.parseInt(parts.group(3)));
        } catch (DateTimeException e) {
            return false;
        }
        return parts.group(4) == null
                || (Integer.parseInt(parts.group(4)) <= 23
                        && Integer.parseInt(parts.group(5)) <= 59
                        && Integer.parseInt(parts.group(6)) <= 60); // 60: a leap second, which RFC 5545 allows
    }

    static Calendar parse(String text, ImportZoneRegistry zones) {
        // the leniency of this one parse: blank space absorbed, relaxed unfolding (LF, tabs), invalid properties
        // dropped instead of failing the file; the JVM-wide hints stay strict
        var builder = new CalendarBuilder(
                new CalendarParserImpl(true), new ContentHandlerContext().withSuppressInvalidProperties(true), zones);
        try {
            return builder.build(new UnfoldingReader(new StringReader(text), true));
        } catch (ParserException e) {
            // the parser's own words (iCal4j's, in English) say what it stumbled on
            throw e.getLineNo() > 0
                    ? refused("invalidNearLine", plainNumber(e.getLineNo()), plain(e))
                    : refused("invalid", plain(e));
        } catch (IOException | RuntimeException e) {
            throw refused("invalid", plain(e));
        }
    }

    private static String plain(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // ParserException repeats the line as "Error at line N:"; keep only what went wrong
        message = message.replaceFirst("^Error at line \\d+:\\s*", "");
        return message.length() > 200 ? message.substring(0, 200) + "\u2026" : message;
    }

    private static VEvent theOnlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        if (events.isEmpty()) {
            throw refused("noEvent");
        }
        if (events.size() > 1) {
            Set<String> uids = new LinkedHashSet<>();
            events.forEach(e ->
                    uids.add(e.getProperty(Property.UID).map(Property::getValue).orElse("")));
            if (uids.size() == 1) {
                throw refused("changedOccurrences", events.size() - 1);
            }
            throw refused("severalEvents", events.size());
        }
        return events.getFirst();
    }

    // --- times ------------------------------------------------------------------------------------------------

    record When(ZonedDateTime time, boolean allDay) {}

    static When when(
            DateProperty<?> property,
            ImportZoneRegistry zones,
            ZoneId calendarZone,
            ZoneId unzonedTimes,
            List<String> warnings,
            String what) {
        Temporal value;
        try {
            value = property.getDate();
        } catch (DateTimeException e) {
            throw refused("unreadableTime", time(what), raw(property));
        }
        if (value == null) {
            throw refused("noTime", time(what));
        }
        Optional<String> tzId = property.<TzId>getParameter(Parameter.TZID).map(TzId::getValue);
        return switch (value) {
            case LocalDate date -> new When(date.atStartOfDay(unzonedTimes), true);
            case Instant instant -> new When(instant.atZone(calendarZone), false);
            case OffsetDateTime utc -> new When(utc.atZoneSameInstant(calendarZone), false);
            case ZonedDateTime wallClock
            when tzId.isPresent() ->
                new When(inZone(wallClock.toLocalDateTime(), tzId.get(), zones, warnings, what), false);
            case ZonedDateTime zoned ->
                new When(
                        TimeZones.isAccepted(zoned.getZone()) ? zoned : zoned.withZoneSameInstant(calendarZone), false);
            case LocalDateTime floating -> {
                warnings.add("The " + what + " time has no time zone in the file; Parley read it as "
                        + unzonedTimes.getId() + ": check it");
                yield new When(floating.atZone(unzonedTimes), false);
            }
            default -> throw refused("unreadableTime", time(what), raw(property));
        };
    }

    private static String raw(Property property) {
        try {
            return property.getValue();
        } catch (RuntimeException e) {
            return property.getName();
        }
    }

    static When endOf(
            VEvent event,
            When start,
            ImportZoneRegistry zones,
            ZoneId calendarZone,
            ZoneId unzonedTimes,
            List<String> warnings) {
        Optional<DateProperty<?>> dtEnd = event.getProperty(Property.DTEND);
        if (dtEnd.isPresent()) {
            // what the end's zone needs saying was said for the start
            return when(dtEnd.get(), zones, calendarZone, unzonedTimes, new ArrayList<>(), "end");
        }
        Optional<Property> duration = event.getProperty(Property.DURATION);
        if (duration.isPresent()) {
            try {
                TemporalAmount amount = ((net.fortuna.ical4j.model.property.Duration) duration.get()).getDuration();
                return new When(start.time().plus(amount), start.allDay());
            } catch (RuntimeException e) {
                throw refused("unreadableDuration", raw(duration.get()));
            }
        }
        if (start.allDay()) {
            return new When(start.time().plus(Period.ofDays(1)), true);
        }
        warnings.add("The invitation gives no end time; the draft lasts one hour");
        return new When(start.time().plus(DEFAULT_LENGTH), false);
    }

    /**
     * The wall-clock time of a TZID'd value in the zone it names: an IANA name as is, a Windows name through
     * {@link WindowsZones}, anything else by matching the clock of the file's VTIMEZONE to a known zone.
     */
    private static ZonedDateTime inZone(
            LocalDateTime local, String tzId, ImportZoneRegistry zones, List<String> warnings, String what) {
        Optional<ZoneId> known = iana(tzId).or(() -> WindowsZones.ianaFor(tzId).map(ZoneId::of));
        if (known.isPresent() && TimeZones.isAccepted(known.get())) {
            return local.atZone(known.get());
        }
        // a fixed offset such as Etc/GMT-3 is matched to a region by its clock, like a zone the file describes
        VTimeZone declared = zones.declaration(tzId);
        ZoneRules rules = known.isPresent() ? known.get().getRules() : declared == null ? null : rulesOf(declared);
        if (rules == null) {
            warnings.add("Parley does not know the time zone \u201c" + tzId + "\u201d and the file does not "
                    + "describe it: the " + what + " time was read as UTC; check it");
            return local.atZone(TimeZones.UTC);
        }
        Instant instant = local.toInstant(rules.getOffset(local));
        Optional<ZoneId> sameClock = zoneWithClock(rules, instant);
        if (sameClock.isPresent()) {
            if (what.equals("start")) {
                warnings.add("Parley does not know the time zone \u201c" + tzId + "\u201d; its clock is that of "
                        + sameClock.get().getId() + ", which the draft uses");
            }
            return instant.atZone(sameClock.get());
        }
        warnings.add("The time zone \u201c" + tzId + "\u201d matches no zone Parley knows: the " + what
                + " time is shown in UTC");
        return instant.atZone(TimeZones.UTC);
    }

    private static @Nullable ZoneRules rulesOf(VTimeZone declared) {
        try {
            return new ZoneRulesBuilder().vTimeZone(declared).build();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A zone that keeps the same clock as the file's at the meeting and through the seasons of its year. */
    private static Optional<ZoneId> zoneWithClock(ZoneRules rules, Instant at) {
        int year = at.atOffset(ZoneOffset.UTC).getYear();
        List<Instant> probes = new ArrayList<>(List.of(at));
        for (int month = 1; month <= 12; month++) {
            probes.add(LocalDate.of(year, month, 15).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
        }
        List<ZoneOffset> expected = probes.stream().map(rules::getOffset).toList();
        for (ZoneId candidate : ClockCandidates.ZONES) {
            ZoneRules known = candidate.getRules();
            int i = 0;
            while (i < probes.size() && known.getOffset(probes.get(i)).equals(expected.get(i))) {
                i++;
            }
            if (i == probes.size()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The zones a clock is matched against: the Windows table's first, then every zone Parley accepts by name. */
    private static final class ClockCandidates {
        static final List<ZoneId> ZONES;

        static {
            Set<ZoneId> zones = new LinkedHashSet<>();
            WindowsZones.commonZones().forEach(id -> zones.add(ZoneId.of(id)));
            zones.addAll(TimeZones.choices());
            ZONES = zones.stream().filter(TimeZones::isAccepted).toList();
        }
    }

    /** An IANA zone named by the TZID, also inside a prefix such as "/mozilla.org/20050126_1/Europe/Berlin". */
    static Optional<ZoneId> iana(String tzId) {
        String name = tzId.trim();
        if (name.equalsIgnoreCase("UTC")
                || name.equalsIgnoreCase("GMT")
                || name.equalsIgnoreCase("Etc/UTC")
                || name.equalsIgnoreCase("Z")) {
            return Optional.of(TimeZones.UTC);
        }
        String[] parts = name.split("/");
        for (int first = 0; first < parts.length - 1; first++) {
            String candidate = String.join("/", java.util.Arrays.copyOfRange(parts, first, parts.length));
            if (!candidate.isEmpty()
                    && Character.isUpperCase(candidate.charAt(0))
                    && ZoneId.getAvailableZoneIds().contains(candidate)) {
                return Optional.of(ZoneId.of(candidate));
            }
        }
        return Optional.empty();
    }

    // --- people and text --------------------------------------------------------------------------------------

    private static Contact contact(Property property) {
        String name = property.getParameter(Parameter.CN)
                .map(Parameter::getValue)
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .orElse(null);
        String email = null;
        try {
            String address = property.getValue().strip();
            if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
                address = address.substring(7);
            }
            address = URI.create("mailto:" + address.replace(" ", "%20")).getSchemeSpecificPart();
            if (address.contains("@") && !address.contains(" ")) {
                email = address;
            }
        } catch (RuntimeException e) {
            // an address we cannot read: keep the name
        }
        if (email == null) {
            email = property.getParameter(Parameter.EMAIL)
                    .map(Parameter::getValue)
                    .orElse(null);
        }
        return new Contact(name, email);
    }

    private static @Nullable String text(VEvent event, String name) {
        return event.getProperty(name)
                .map(Property::getValue)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .orElse(null);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** Why the file cannot be imported, in the planner's language: {@code calendar.import.refused.<reason>}. */
    private static RuleViolationException refused(String reason, Object... arguments) {
        return RuleViolationException.because("calendar.import.refused." + reason, arguments);
    }

    /** "start time" or "end time" in the reader's language, for a refusal's sentence. */
    private static Messages.Text time(String what) {
        return new Messages.Text("calendar.import.refused." + what + "Time");
    }

    /** A year or line number as it stands, without a thousands separator ("2026", not "2,026"). */
    private static String plainNumber(int number) {
        return Integer.toString(number);
    }
}

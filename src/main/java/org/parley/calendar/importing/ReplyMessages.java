package org.parley.calendar.importing;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.jspecify.annotations.Nullable;

/**
 * Finds the calendar replies in an e-mail (docs/0026): every {@code text/calendar} part, inline or in a
 * multipart/alternative, or an attached {@code .ics} file, whose METHOD (in the body, or only in the Content-Type as
 * some programs send it) is REPLY or COUNTER. Read with the import's lenient parser and zone registry, so Windows
 * zone names, folded lines and mixed case come out right.
 */
final class ReplyMessages {

    /** What one VEVENT of a reply says. Addresses are lower case and without {@code mailto:}. */
    record Reply(
            String method,
            @Nullable String uid,
            @Nullable Integer sequence,
            @Nullable String organiser,
            List<Attendee> attendees,
            @Nullable String comment,
            @Nullable Instant start,
            @Nullable Instant end) {}

    record Attendee(String address, @Nullable String partStat) {}

    /** A calendar part that could not be read at all. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private static final long MAX_PART_BYTES = 1024 * 1024;
    private static final int MAX_DEPTH = 5;

    private ReplyMessages() {}

    /** The replies in the message; empty when it holds no REPLY or COUNTER. */
    static List<Reply> read(Part message) throws Unreadable {
        List<Reply> replies = new ArrayList<>();
        try {
            collect(message, replies, 0);
        } catch (jakarta.mail.MessagingException | IOException e) {
            throw new Unreadable("The message cannot be read: " + e.getMessage());
        }
        return replies;
    }

    private static void collect(Part part, List<Reply> replies, int depth)
            throws jakarta.mail.MessagingException, IOException, Unreadable {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, replies, depth + 1);
            }
            return;
        }
        if (!isCalendar(part)) {
            return;
        }
        ContentType type = contentType(part);
        String headerMethod = type == null ? null : type.getParameter("method");
        String text = text(part, type);
        ImportZoneRegistry zones = new ImportZoneRegistry();
        Calendar calendar;
        try {
            calendar = InvitationReader.parse(text, zones);
        } catch (RuntimeException e) {
            throw new Unreadable(e.getMessage() == null ? "The calendar part is not valid iCalendar" : e.getMessage());
        }
        String method = calendar.getProperty(Property.METHOD)
                .map(Property::getValue)
                .or(() -> Optional.ofNullable(headerMethod))
                .map(m -> m.trim().toUpperCase(Locale.ROOT))
                .orElse("");
        if (!method.equals("REPLY") && !method.equals("COUNTER")) {
            return;
        }
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            Reply reply = reply(method, event, zones);
            if (!replies.contains(reply)) { // Google sends the same reply inline and as invite.ics
                replies.add(reply);
            }
        }
    }

    private static boolean isCalendar(Part part) throws jakarta.mail.MessagingException {
        String name = part.getFileName();
        return part.isMimeType("text/calendar")
                || part.isMimeType("application/ics")
                || (name != null && name.toLowerCase(Locale.ROOT).endsWith(".ics"));
    }

    private static @Nullable ContentType contentType(Part part) throws jakarta.mail.MessagingException {
        try {
            return new ContentType(part.getContentType());
        } catch (ParseException e) {
            return null;
        }
    }

    private static String text(Part part, @Nullable ContentType type)
            throws jakarta.mail.MessagingException, IOException, Unreadable {
        Charset charset = StandardCharsets.UTF_8;
        String declared = type == null ? null : type.getParameter("charset");
        if (declared != null) {
            try {
                charset = Charset.forName(declared);
            } catch (IllegalArgumentException unknown) {
                // a charset Java does not know: UTF-8, which iCalendar prescribes anyway
            }
        }
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes((int) MAX_PART_BYTES + 1);
            if (bytes.length > MAX_PART_BYTES) {
                throw new Unreadable("The calendar part is larger than 1 MB");
            }
            return new String(bytes, charset);
        }
    }

    private static Reply reply(String method, VEvent event, ImportZoneRegistry zones) throws Unreadable {
        String uid = event.getProperty(Property.UID).map(Property::getValue).orElse(null);
        Integer sequence = null;
        Optional<Property> sequenceProperty = event.getProperty(Property.SEQUENCE);
        if (sequenceProperty.isPresent()) {
            try {
                sequence = Integer.valueOf(sequenceProperty.get().getValue().trim());
            } catch (NumberFormatException e) {
                throw new Unreadable(
                        "The SEQUENCE \u201c" + sequenceProperty.get().getValue() + "\u201d is no number");
            }
        }
        String organiser = event.getProperty(Property.ORGANIZER)
                .map(Property::getValue)
                .map(ReplyMessages::address)
                .orElse(null);
        List<Attendee> attendees = new ArrayList<>();
        for (Property attendee : event.<Property>getProperties(Property.ATTENDEE)) {
            String partStat = attendee.getParameter(Parameter.PARTSTAT)
                    .map(Parameter::getValue)
                    .map(p -> p.trim().toUpperCase(Locale.ROOT))
                    .orElse(null);
            attendees.add(new Attendee(address(attendee.getValue()), partStat));
        }
        String comment = event.getProperty(Property.COMMENT)
                .map(Property::getValue)
                .filter(c -> !c.isBlank())
                .map(String::strip)
                .orElse(null);
        Instant start = null;
        Instant end = null;
        if (method.equals("COUNTER")) {
            Optional<DateProperty<?>> dtStart = event.getProperty(Property.DTSTART);
            if (dtStart.isEmpty()) {
                throw new Unreadable("The COUNTER proposes no start (DTSTART)");
            }
            try {
                var warnings = new ArrayList<String>();
                var when =
                        InvitationReader.when(dtStart.get(), zones, ZoneOffset.UTC, ZoneOffset.UTC, warnings, "start");
                start = when.time().toInstant();
                end = InvitationReader.endOf(event, when, zones, ZoneOffset.UTC, ZoneOffset.UTC, warnings)
                        .time()
                        .toInstant();
            } catch (RuntimeException e) {
                throw new Unreadable(e.getMessage() == null ? "The proposed time cannot be read" : e.getMessage());
            }
        }
        return new Reply(method, uid, sequence, organiser, attendees, comment, start, end);
    }

    /** {@code MAILTO:Anna@Example.org} and {@code mailto:anna@example.org} are the same address. */
    static String address(String calAddress) {
        String value = calAddress.trim();
        if (value.regionMatches(true, 0, "mailto:", 0, 7)) {
            value = value.substring(7);
        }
        return value.trim().toLowerCase(Locale.ROOT);
    }
}

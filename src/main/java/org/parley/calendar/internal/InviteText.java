package org.parley.calendar.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.AgendaItemDetails;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.VenueRef;
import org.parley.shared.Classification;

/** The human-readable texts of an invite, as plain strings; iCal4j escapes them when it writes the file. */
public final class InviteText {

    private InviteText() {}

    /** Venue, room and address; for calls without a venue, what kind of call. */
    public static Optional<String> location(MeetingDetails meeting) {
        VenueRef venue = meeting.venue();
        if (venue == null) {
            return switch (meeting.format()) {
                case PHONE -> Optional.of("Phone call");
                case VIRTUAL -> Optional.of("Video call");
                case IN_PERSON, HYBRID -> Optional.empty();
            };
        }
        List<String> parts = new ArrayList<>();
        parts.add(venue.name());
        addIfPresent(parts, venue.roomName());
        addIfPresent(parts, venue.address());
        if (venue.city() != null && (venue.address() == null || !venue.address().contains(venue.city()))) {
            addIfPresent(parts, venue.city());
        }
        return Optional.of(clean(String.join(", ", parts)));
    }

    /** The classification when there is one, the objectives, the agenda as numbered lines, and the link back. */
    public static String description(MeetingDetails meeting, URI meetingPage) {
        var text = new StringBuilder();
        if (meeting.classification() != Classification.UNCLASSIFIED) {
            text.append("Classification: ")
                    .append(meeting.classification().label())
                    .append("\n\n");
        }
        if (!meeting.objectives().isBlank()) {
            text.append("Objectives:\n").append(meeting.objectives().strip()).append("\n\n");
        }
        if (!meeting.agenda().isEmpty()) {
            text.append("Agenda:\n");
            int number = 1;
            for (AgendaItemDetails item : meeting.agenda()) {
                text.append(number++)
                        .append(". ")
                        .append(item.title().strip())
                        .append(" (")
                        .append(item.plannedMinutes())
                        .append(" min)");
                lead(item).ifPresent(lead -> text.append(", led by ").append(lead));
                text.append('\n');
                if (!item.description().isBlank()) {
                    item.description()
                            .strip()
                            .lines()
                            .forEach(line -> text.append("   ").append(line).append('\n'));
                }
            }
            text.append('\n');
        }
        if (meeting.format() != MeetingFormat.IN_PERSON) {
            text.append("Format: ").append(meeting.format().label()).append('\n');
        }
        text.append("Meeting page: ").append(meetingPage);
        return clean(text.toString());
    }

    private static Optional<String> lead(AgendaItemDetails item) {
        if (item.leadPersonName() != null) {
            return Optional.of(item.leadPersonName());
        }
        return Optional.ofNullable(item.leadDelegation()).map(country -> country.displayName(Locale.ENGLISH));
    }

    /**
     * Text as iCalendar may carry it: line breaks as LF (iCal4j escapes LF as {@code \n} but would pass a lone CR
     * through and break the CRLF line structure), no other control characters, and no half characters.
     */
    public static String clean(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        var out = new StringBuilder(lines.length());
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < lines.length()
                    && Character.isLowSurrogate(lines.charAt(i + 1))) {
                out.append(c).append(lines.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void addIfPresent(List<String> parts, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            parts.add(value.strip());
        }
    }
}

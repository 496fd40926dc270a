package org.parley.calendar.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;
import org.jspecify.annotations.Nullable;
import org.parley.calendar.CalendarMethod;
import org.parley.meeting.DelegationDetails;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MemberDetails;
import org.parley.meeting.MemberRole;
import org.parley.meeting.ParticipantResponse;
import org.parley.shared.CalendarYears;
import org.parley.shared.Classification;
import org.parley.shared.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * Writes one meeting as an iCalendar file. Everything in it comes from the meeting and its sequence, never from the
 * clock, so the same meeting gives the same bytes: DTSTAMP and LAST-MODIFIED are the meeting's last change. Each file
 * passes iCal4j's validation for its method before it leaves, and is then folded by octets (see ContentLines).
 */
@Component
public class InviteWriter {

    /** Without a version number, so that upgrading Parley does not change the bytes of unchanged meetings. */
    public static final String PRODUCT_ID = "-//Parley//Parley diplomatic meetings//EN";

    private final CalendarSettings settings;
    private final BaseUrl baseUrl;

    InviteWriter(CalendarSettings settings, BaseUrl baseUrl) {
        this.settings = settings;
        this.baseUrl = baseUrl;
    }

    public byte[] write(MeetingDetails meeting, int sequence, CalendarMethod method) {
        return write(meeting, sequence, method, null);
    }

    /**
     * The cancellation for one person taken out of a meeting that goes on: RFC 5546 §3.2.5 names only them as the
     * attendee, so their calendar drops the meeting and nobody else's changes.
     */
    public byte[] writeCancellationFor(MeetingDetails meeting, int sequence, Invitee removed) {
        var attendee = new Attendee(mailto(removed.email()));
        attendee.add(CuType.INDIVIDUAL);
        attendee.add(Rsvp.FALSE);
        attendee.add(new Cn(InviteText.clean(removed.name())));
        return write(meeting, sequence, CalendarMethod.CANCEL, List.of(attendee));
    }

    private byte[] write(
            MeetingDetails meeting, int sequence, CalendarMethod method, @Nullable List<Attendee> onlyThese) {
        if (!CalendarYears.contain(meeting.start(), meeting.timeZone())
                || !CalendarYears.contain(meeting.end(), meeting.timeZone())) {
            // saved before Parley refused such dates; iCalendar has four-digit years only
            throw new RuleViolationException(
                    "\u201c" + meeting.title() + "\u201d is dated outside the years " + CalendarYears.FIRST + " to "
                            + CalendarYears.LAST + ", which no calendar holds: correct its date");
        }
        Calendar calendar = calendar(meeting, sequence, method, onlyThese);
        ValidationResult result = calendar.validate();
        if (result.hasErrors()) {
            throw new IllegalStateException(
                    "The " + method + " for meeting " + meeting.id() + " is not valid iCalendar: " + result);
        }
        return ContentLines.fold(calendar.toString());
    }

    private Calendar calendar(
            MeetingDetails meeting, int sequence, CalendarMethod method, @Nullable List<Attendee> onlyThese) {
        Calendar calendar = emptyCalendar(method);
        Times times = Times.of(meeting);
        if (times.zoned()) {
            // clients resolve TZID from the VTIMEZONE in the file; it comes first, as Outlook expects
            calendar.add(VTimeZones.of(meeting.timeZone(), times.start(), times.end()));
        }
        calendar.add(event(meeting, sequence, method, statusFor(method), times, onlyThese));
        return calendar;
    }

    /** A meeting's start and end to the second, and as DTSTART and DTEND in its zone. */
    private record Times(Instant start, Instant end, DtStart<Temporal> dtStart, DtEnd<Temporal> dtEnd) {

        static Times of(MeetingDetails meeting) {
            Instant start = meeting.start().truncatedTo(ChronoUnit.SECONDS);
            Instant end = meeting.end().truncatedTo(ChronoUnit.SECONDS);
            return new Times(
                    start,
                    end,
                    at(new DtStart<>(), start, meeting.timeZone()),
                    at(new DtEnd<>(), end, meeting.timeZone()));
        }

        /** Whether the times carry a TZID, so the calendar needs that zone's VTIMEZONE. */
        boolean zoned() {
            return dtStart.getParameter(Parameter.TZID).isPresent()
                    || dtEnd.getParameter(Parameter.TZID).isPresent();
        }
    }

    private static Calendar emptyCalendar(CalendarMethod method) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ical(method));
        return calendar;
    }

    private static Status statusFor(CalendarMethod method) {
        return method == CalendarMethod.CANCEL ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED;
    }

    /** One meeting in a feed: its stored sequence, and whether it is above the feed's ceiling. */
    public record FeedEntry(MeetingDetails meeting, int sequence, boolean restricted) {}

    /** What a busy block says instead of the title of a meeting above the feed's ceiling. */
    public static final String RESTRICTED_SUMMARY = "Restricted meeting";

    /**
     * A subscription feed: one METHOD:PUBLISH calendar with every meeting as an event, each VTIMEZONE once however
     * many events use its zone (covering all of them), and the events in the order given. The same conventions as a
     * single invite (UID, SEQUENCE, DTSTAMP from the meeting), no attendees; a restricted entry is a busy block only.
     */
    public byte[] writeFeed(String name, Duration refreshInterval, List<FeedEntry> entries) {
        Calendar calendar = emptyCalendar(CalendarMethod.PUBLISH);
        calendar.add(new Name(InviteText.clean(name)));
        calendar.add(new XProperty("X-WR-CALNAME", InviteText.clean(name)));
        var refresh = new RefreshInterval(new ParameterList(List.of(Value.DURATION)), refreshInterval.toString());
        calendar.add(refresh);
        calendar.add(new XProperty("X-PUBLISHED-TTL", refreshInterval.toString()));
        Map<ZoneId, Instant[]> spans = new LinkedHashMap<>();
        List<VEvent> events = new ArrayList<>(entries.size());
        for (FeedEntry entry : entries) {
            MeetingDetails meeting = entry.meeting();
            Times times = Times.of(meeting);
            if (times.zoned()) {
                spans.merge(meeting.timeZone(), new Instant[] {times.start(), times.end()}, (a, b) ->
                        new Instant[] {a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
            }
            Status status = switch (meeting.status()) {
                case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
                case PENDING_APPROVAL -> ImmutableStatus.VEVENT_TENTATIVE;
                // approved, but another side has not confirmed it yet (docs/0033)
                case APPROVED ->
                    meeting.awaitingConfirmation().isEmpty()
                            ? ImmutableStatus.VEVENT_CONFIRMED
                            : ImmutableStatus.VEVENT_TENTATIVE;
                default -> ImmutableStatus.VEVENT_CONFIRMED;
            };
            events.add(
                    entry.restricted()
                            ? busyBlock(meeting, entry.sequence(), status, times)
                            : event(meeting, entry.sequence(), CalendarMethod.PUBLISH, status, times, null));
        }
        spans.forEach((zone, span) -> calendar.add(VTimeZones.of(zone, span[0], span[1])));
        events.forEach(calendar::add);
        // Not validated here, unlike a single invite: validating 1,000 events took half of the render (430 of 870 ms).
        // The feed's events are the invite's, built by the same code, and every feed the tests fetch passes
        // Calendar.validate() and our own checks (CalendarFeedTest, FeedBenchmark). An empty feed is an empty
        // VCALENDAR: RFC 5545 asks for a component, but calendars read it as "nothing to show", which it is.
        return ContentLines.fold(calendar.toString());
    }

    /** Only that the time is taken: no title, place, people, description or link. */
    private VEvent busyBlock(MeetingDetails meeting, int sequence, Status status, Times times) {
        VEvent event = identified(meeting, sequence);
        event.add(times.dtStart());
        event.add(times.dtEnd());
        event.add(new Summary(RESTRICTED_SUMMARY));
        event.add(ImmutableClazz.CONFIDENTIAL);
        event.add(status);
        event.add(ImmutableTransp.OPAQUE);
        event.add(organizer()); // RFC 5546 requires it in a PUBLISH; it is Parley's mailbox, nobody in the meeting
        return event;
    }

    /** An event with the meeting's UID, the sequence and the meeting's last change as DTSTAMP, and nothing else. */
    private VEvent identified(MeetingDetails meeting, int sequence) {
        var event = new VEvent(false); // without the DTSTAMP of "now" that iCal4j would add
        event.add(new Uid(settings.uidOf(meeting.id().value())));
        event.add(new Sequence(sequence));
        event.add(new DtStamp(meeting.updatedAt().truncatedTo(ChronoUnit.SECONDS)));
        return event;
    }

    private VEvent event(
            MeetingDetails meeting,
            int sequence,
            CalendarMethod method,
            Status status,
            Times times,
            @Nullable List<Attendee> onlyThese) {
        URI page = baseUrl.meetingPage(meeting.id().value());
        VEvent event = identified(meeting, sequence);
        event.add(new Created(meeting.createdAt().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new LastModified(meeting.updatedAt().truncatedTo(ChronoUnit.SECONDS)));
        event.add(times.dtStart());
        event.add(times.dtEnd());
        event.add(new Summary(InviteText.clean(meeting.title())));
        InviteText.location(meeting).ifPresent(location -> event.add(new Location(location)));
        event.add(new Description(InviteText.description(meeting, page)));
        event.add(new Categories(new TextList(List.of(meeting.kind().label()))));
        // CLASS is a hint to calendars that show this one to others (delegates, shared calendars): anything
        // classified shows there as a private appointment. RFC 5545 leaves CONFIDENTIAL's meaning to the client;
        // Exchange and Google treat it like PRIVATE, and unlike PRIVATE it does not call the meeting personal.
        event.add(
                meeting.classification() == Classification.UNCLASSIFIED
                        ? ImmutableClazz.PUBLIC
                        : ImmutableClazz.CONFIDENTIAL);
        event.add(status);
        event.add(ImmutableTransp.OPAQUE);
        event.add(new Url(page));
        event.add(organizer());
        if (onlyThese != null) {
            onlyThese.forEach(event::add);
        } else if (method != CalendarMethod.PUBLISH) {
            attendees(meeting, method).forEach(event::add);
        }
        return event;
    }

    /** Whether an invite would have anyone to invite: RFC 5546 allows no REQUEST without an ATTENDEE. */
    public boolean hasInvitees(MeetingDetails meeting) {
        return !attendees(meeting, CalendarMethod.REQUEST).isEmpty();
    }

    /** The people an invite goes to, as its ATTENDEEs list them: in delegation order, nobody twice. */
    public List<Invitee> invitees(MeetingDetails meeting) {
        return attendees(meeting, CalendarMethod.REQUEST).stream()
                .map(a -> new Invitee(
                        a.getParameter(Parameter.CN).map(p -> p.getValue()).orElse(""),
                        a.getCalAddress().getSchemeSpecificPart()))
                .toList();
    }

    private Organizer organizer() {
        var organizer = new Organizer(mailto(settings.organizerEmail()));
        organizer.add(new Cn(InviteText.clean(settings.organizerName())));
        return organizer;
    }

    /**
     * One ATTENDEE per participant with an e-mail address, in delegation order; nobody twice, and not the organiser.
     * Roles: our head of delegation chairs; heads, deputies and delegates are required; experts, interpreters,
     * note-takers and liaisons optional, so that calendars do not count them when finding a time.
     */
    private List<Attendee> attendees(MeetingDetails meeting, CalendarMethod method) {
        Set<String> seen = new HashSet<>();
        seen.add(settings.organizerEmail().strip().toLowerCase(Locale.ROOT));
        List<Attendee> attendees = new ArrayList<>();
        for (DelegationDetails delegation : meeting.delegations()) {
            for (MemberDetails member : delegation.members()) {
                String email = member.email();
                if (email == null || email.isBlank() || !seen.add(email.strip().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                var attendee = new Attendee(mailto(email));
                attendee.add(CuType.INDIVIDUAL);
                attendee.add(role(delegation, member));
                attendee.add(partStat(member.response()));
                // a cancellation asks nobody for an answer
                attendee.add(method == CalendarMethod.CANCEL ? Rsvp.FALSE : Rsvp.TRUE);
                attendee.add(new Cn(InviteText.clean(member.name())));
                attendees.add(attendee);
            }
        }
        return attendees;
    }

    private static Role role(DelegationDetails delegation, MemberDetails member) {
        if (delegation.ours() && member.role() == MemberRole.HEAD) {
            return Role.CHAIR;
        }
        return switch (member.role()) {
            case HEAD, DEPUTY, DELEGATE -> Role.REQ_PARTICIPANT;
            case EXPERT, INTERPRETER, NOTE_TAKER, LIAISON -> Role.OPT_PARTICIPANT;
        };
    }

    private static PartStat partStat(ParticipantResponse response) {
        return switch (response) {
            case NEEDS_ACTION -> PartStat.NEEDS_ACTION;
            case ACCEPTED -> PartStat.ACCEPTED;
            case TENTATIVE -> PartStat.TENTATIVE;
            case DECLINED -> PartStat.DECLINED;
        };
    }

    private static Method ical(CalendarMethod method) {
        return switch (method) {
            case REQUEST -> ImmutableMethod.REQUEST;
            case PUBLISH -> ImmutableMethod.PUBLISH;
            case CANCEL -> ImmutableMethod.CANCEL;
        };
    }

    /**
     * Sets a DTSTART or DTEND to an instant as the event says it: the wall-clock time in the meeting's zone with that
     * zone's TZID, which the VTIMEZONE explains, so calendars show the venue's time. The wall-clock time comes from
     * java.time and is handed to iCal4j as a local date-time, because iCal4j would turn a ZonedDateTime back into
     * local time with its own bundled zone data, which can be years old (it still moves Moscow's clocks) and is not
     * even the same on the class path and in the packaged jar. Two exceptions are written in UTC (with a Z):
     * meetings in UTC itself, which need no VTIMEZONE, and the second of a local time that happens twice as clocks go
     * back, because RFC 5545 §3.3.5 reads a repeated local time as its first occurrence.
     */
    static <P extends DateProperty<Temporal>> P at(P property, Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        boolean utc = zone.normalized().equals(ZoneOffset.UTC) || !local.equals(local.withEarlierOffsetAtOverlap());
        if (utc) {
            property.setDate(instant);
        } else {
            property.setDate(local.toLocalDateTime());
            property.replace(new TzId(zone.getId()));
        }
        return property;
    }

    private static URI mailto(String email) {
        try {
            // this constructor quotes what a URI may not contain; the directory has validated the address
            return new URI("mailto", email.strip(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not usable as an e-mail address: " + email, e);
        }
    }
}

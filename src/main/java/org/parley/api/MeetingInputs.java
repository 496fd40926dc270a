package org.parley.api;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.parley.api.InvalidInputException.FieldMessage;
import org.parley.api.Json.MeetingInput;
import org.parley.directory.PersonId;
import org.parley.directory.RoomId;
import org.parley.directory.VenueId;
import org.parley.meeting.AgendaItemData;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MemberData;
import org.parley.meeting.ParticipantResponse;
import org.parley.shared.CalendarYears;
import org.parley.shared.CountryCode;
import org.parley.shared.TimeZones;

/**
 * Turns the API's meeting input into {@link MeetingData}. Only what cannot be represented is refused here (with the
 * field it concerns); every rule about meetings stays in the service's validation, the same as for the editor.
 */
final class MeetingInputs {

    private static final String NOT_NULL = "Give an entry here, not null";

    private final List<FieldMessage> errors = new ArrayList<>();

    private MeetingInputs() {}

    static MeetingData toData(MeetingInput in) {
        var inputs = new MeetingInputs();
        MeetingData data = inputs.convert(in);
        if (!inputs.errors.isEmpty()) {
            throw new InvalidInputException(inputs.errors);
        }
        return data;
    }

    private MeetingData convert(MeetingInput in) {
        ZoneId zone = parse("zone", in.zone(), id -> TimeZones.byId(id).orElseThrow(), TimeZones.MESSAGE);
        var delegations = new ArrayList<DelegationData>();
        var ins = in.delegations() == null ? List.<Json.DelegationInput>of() : in.delegations();
        for (int i = 0; i < ins.size(); i++) {
            var d = ins.get(i);
            if (d == null) {
                errors.add(new FieldMessage("delegations[" + i + "]", NOT_NULL));
                continue;
            }
            var members = new ArrayList<MemberData>();
            var memberInputs = d.members() == null ? List.<Json.MemberInput>of() : d.members();
            for (int j = 0; j < memberInputs.size(); j++) {
                var m = memberInputs.get(j);
                if (m == null) {
                    errors.add(new FieldMessage("delegations[" + i + "].members[" + j + "]", NOT_NULL));
                    continue;
                }
                members.add(new MemberData(
                        m.person() == null ? null : new PersonId(m.person()),
                        m.role(),
                        m.response() == null ? ParticipantResponse.NEEDS_ACTION : m.response()));
            }
            delegations.add(new DelegationData(
                    country("delegations[" + i + "].country", d.country()),
                    d.organisation(),
                    d.ours(),
                    members,
                    Boolean.TRUE.equals(d.manualOrder()),
                    d.language()));
        }
        var agenda = new ArrayList<AgendaItemData>();
        var items = in.agenda() == null ? List.<Json.AgendaInput>of() : in.agenda();
        for (int i = 0; i < items.size(); i++) {
            var a = items.get(i);
            if (a == null) {
                errors.add(new FieldMessage("agenda[" + i + "]", NOT_NULL));
                continue;
            }
            agenda.add(new AgendaItemData(
                    a.title(),
                    a.description() == null ? "" : a.description(),
                    country("agenda[" + i + "].leadDelegation", a.leadDelegation()),
                    a.leadPerson() == null ? null : new PersonId(a.leadPerson()),
                    a.plannedMinutes()));
        }
        return new MeetingData(
                in.title(),
                in.kind(),
                in.tier(),
                in.format(),
                time("start", in.start(), zone),
                time("end", in.end(), zone),
                zone,
                in.venue() == null ? null : new VenueId(in.venue()),
                in.room() == null ? null : new RoomId(in.room()),
                country("initiatingSide", in.initiatingSide()),
                country("hostSide", in.hostSide()),
                in.classification(),
                in.objectives(),
                in.parentConference() == null ? null : new MeetingId(in.parentConference()),
                in.followUpOf() == null ? null : new MeetingId(in.followUpOf()),
                delegations,
                agenda);
    }

    private @Nullable LocalDateTime time(String field, @Nullable String text, @Nullable ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null; // the service says "Enter the start"
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException withoutOffset) {
            // not a wall-clock time: perhaps an instant with an offset, taken in the meeting's zone
        }
        try {
            OffsetDateTime withOffset = OffsetDateTime.parse(text);
            if (!CalendarYears.contain(withOffset)) {
                errors.add(new FieldMessage(field, CalendarYears.MESSAGE)); // and far beyond what a zone can convert
                return null;
            }
            return zone == null
                    ? withOffset.toLocalDateTime()
                    : withOffset.atZoneSameInstant(zone).toLocalDateTime();
        } catch (DateTimeParseException e) {
            errors.add(new FieldMessage(
                    field,
                    "Use ISO-8601, e.g. 2027-02-14T10:00 (in the meeting's zone) or " + "2027-02-14T10:00:00+01:00"));
            return null;
        }
    }

    private @Nullable CountryCode country(String field, @Nullable String code) {
        return parse(field, code, CountryCode::of, "Use a two-letter ISO 3166 country code such as DE");
    }

    private <T> @Nullable T parse(String field, @Nullable String text, Function<String, T> parser, String hint) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (RuntimeException e) {
            errors.add(new FieldMessage(field, hint));
            return null;
        }
    }
}

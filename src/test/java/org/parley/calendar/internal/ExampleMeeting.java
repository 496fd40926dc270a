package org.parley.calendar.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.directory.RoomId;
import org.parley.directory.VenueId;
import org.parley.meeting.AgendaItemDetails;
import org.parley.meeting.DelegationDetails;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MemberDetails;
import org.parley.meeting.MemberRole;
import org.parley.meeting.ParticipantResponse;
import org.parley.meeting.VenueRef;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/** Builds meetings as MeetingService returns them, for writing files without a database. */
final class ExampleMeeting {

    static final Instant CREATED = Instant.parse("2026-01-05T09:15:00Z");
    static final Instant UPDATED = Instant.parse("2026-01-20T16:45:30Z");

    private long id = 4711;
    private String title = "Russian–American consultations";
    private MeetingKind kind = MeetingKind.EXPERT_MEETING;
    private MeetingFormat format = MeetingFormat.IN_PERSON;
    private ZoneId zone = ZoneId.of("Europe/Berlin");
    private LocalDateTime start = LocalDateTime.of(2026, 5, 12, 10, 0);
    private Duration length = Duration.ofHours(2);
    private @Nullable VenueRef venue = new VenueRef(
            new VenueId(7),
            "Villa Borsig",
            "Berlin",
            "Reiherwerder 1, 13505 Berlin",
            ZoneId.of("Europe/Berlin"),
            new RoomId(70),
            "Salon");
    private Classification classification = Classification.UNCLASSIFIED;
    private String objectives = "Agree on the steps towards restoring the embassies' work.";
    private MeetingStatus status = MeetingStatus.APPROVED;
    private final List<DelegationDetails> delegations = new ArrayList<>();
    private final List<AgendaItemDetails> agenda = new ArrayList<>();
    private long nextPerson = 1;

    static ExampleMeeting meeting() {
        return new ExampleMeeting()
                .delegation(
                        "RU",
                        true,
                        member("Sergei Lavrov", "lavrov@mid.example", MemberRole.HEAD, ParticipantResponse.ACCEPTED),
                        member(
                                "Yuri Ushakov",
                                "ushakov@kremlin.example",
                                MemberRole.DEPUTY,
                                ParticipantResponse.TENTATIVE),
                        member("Anna Interpreter", null, MemberRole.INTERPRETER, ParticipantResponse.NEEDS_ACTION))
                .delegation(
                        "US",
                        false,
                        member("Marco Rubio", "rubio@state.example", MemberRole.HEAD, ParticipantResponse.NEEDS_ACTION),
                        member(
                                "Steve Witkoff",
                                "witkoff@state.example",
                                MemberRole.EXPERT,
                                ParticipantResponse.DECLINED))
                .agendaItem("Opening", "Welcome by the hosts", 15)
                .agendaItem("Embassies", "Staffing, property, visas", 60);
    }

    record Member(String name, @Nullable String email, MemberRole role, ParticipantResponse response) {}

    static Member member(String name, @Nullable String email, MemberRole role, ParticipantResponse response) {
        return new Member(name, email, role, response);
    }

    ExampleMeeting id(long id) {
        this.id = id;
        return this;
    }

    ExampleMeeting title(String title) {
        this.title = title;
        return this;
    }

    ExampleMeeting kind(MeetingKind kind) {
        this.kind = kind;
        this.format = kind.defaultFormat();
        if (!format.needsVenue()) {
            venue = null;
        }
        return this;
    }

    ExampleMeeting at(ZoneId zone, LocalDateTime start, Duration length) {
        this.zone = zone;
        this.start = start;
        this.length = length;
        if (venue != null) {
            venue = new VenueRef(
                    venue.id(), venue.name(), venue.city(), venue.address(), zone, venue.room(), venue.roomName());
        }
        return this;
    }

    ExampleMeeting venue(@Nullable VenueRef venue) {
        this.venue = venue;
        return this;
    }

    ExampleMeeting classification(Classification classification) {
        this.classification = classification;
        return this;
    }

    ExampleMeeting objectives(String objectives) {
        this.objectives = objectives;
        return this;
    }

    ExampleMeeting status(MeetingStatus status) {
        this.status = status;
        return this;
    }

    ExampleMeeting noAgenda() {
        agenda.clear();
        return this;
    }

    ExampleMeeting agendaItem(String title, String description, int minutes) {
        agenda.add(new AgendaItemDetails(
                agenda.size() + 100, agenda.size(), title, description, null, null, null, minutes));
        return this;
    }

    ExampleMeeting delegation(String country, boolean ours, Member... members) {
        List<MemberDetails> views = new ArrayList<>();
        for (Member member : members) {
            views.add(new MemberDetails(
                    new PersonId(nextPerson++),
                    member.name(),
                    null,
                    null,
                    member.email(),
                    ZoneId.of("Europe/Moscow"),
                    LocalTime.of(9, 0),
                    LocalTime.of(18, 0),
                    member.role(),
                    member.response(),
                    null));
        }
        delegations.add(new DelegationDetails(delegations.size() + 10, new CountryCode(country), null, ours, views));
        return this;
    }

    ExampleMeeting noDelegations() {
        delegations.clear();
        return this;
    }

    MeetingDetails build() {
        Instant startInstant = start.atZone(zone).toInstant();
        return new MeetingDetails(
                new MeetingId(id),
                title,
                kind,
                kind.defaultTier(),
                format,
                startInstant,
                startInstant.plus(length),
                zone,
                venue,
                new CountryCode("US"),
                new CountryCode("SA"),
                classification,
                objectives,
                null,
                null,
                status,
                status != MeetingStatus.DRAFT,
                3,
                "planner",
                CREATED,
                "approver",
                UPDATED,
                List.copyOf(delegations),
                List.copyOf(agenda));
    }
}

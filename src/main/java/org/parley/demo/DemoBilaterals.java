package org.parley.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.bilateral.BilateralRequestData;
import org.parley.bilateral.BilateralService;
import org.parley.bilateral.LocalSpan;
import org.parley.bilateral.Priority;
import org.parley.bilateral.RequestedBy;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.directory.Room;
import org.parley.directory.Venue;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberRole;
import org.parley.meeting.ParticipantResponse;
import org.parley.meeting.Tier;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/**
 * The Munich Security Conference's sideline bilaterals (docs/0027): the plenary programme, two salons set aside, our
 * foreign minister's thirteen requests (musts, shoulds and coulds, one counterpart away throughout) and a planning run
 * started in the background, so that the conference page shows a full plan and an "unplaced, because…" line.
 */
final class DemoBilaterals {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final CountryCode DE = new CountryCode("DE");

    private final BilateralService bilaterals;
    private final MeetingService meetings;
    private final PeopleService people;

    DemoBilaterals(BilateralService bilaterals, MeetingService meetings, PeopleService people) {
        this.bilaterals = bilaterals;
        this.meetings = meetings;
        this.people = people;
    }

    /** Runs as the planner, after the scenario's meetings exist. */
    void run(DemoMeetings demo, DemoDirectory directory, LocalDate today) {
        LocalDate first = today.plusDays(10); // the conference's first day, as DemoMeetings has it
        Venue hotel = directory.venue("munich");
        Person chair = directory.person("de-chair");
        Person minister = directory.person("ru-minister");
        programme(
                demo.conference,
                "Opening plenary",
                first.atTime(9, 30),
                first.atTime(12, 30),
                hotel,
                "Ballroom",
                chair,
                minister);
        programme(
                demo.conference,
                "Conference dinner",
                first.atTime(19, 0),
                first.atTime(21, 0),
                hotel,
                "Palais Montgelas",
                chair,
                minister);
        programme(
                demo.conference,
                "Panel: the future of arms control",
                first.plusDays(1).atTime(9, 30),
                first.plusDays(1).atTime(11, 30),
                hotel,
                "Ballroom",
                chair,
                minister);
        programme(
                demo.conference,
                "Closing plenary",
                first.plusDays(2).atTime(15, 0),
                first.plusDays(2).atTime(18, 0),
                hotel,
                "Ballroom",
                chair,
                minister);
        bilaterals.setRooms(
                demo.conference,
                hotel.rooms().stream()
                        .filter(r -> r.name().startsWith("Salon"))
                        .map(Room::id)
                        .collect(Collectors.toSet()));

        LocalDateTime day1 = first.atStartOfDay();
        request(
                demo.conference,
                minister,
                "IN",
                "Arjun Mehta",
                Priority.MUST,
                RequestedBy.US,
                45,
                1,
                null,
                null,
                List.of());
        request(
                demo.conference,
                minister,
                "CN",
                "Zhao Ming",
                Priority.MUST,
                RequestedBy.THEM,
                60,
                2,
                null,
                null,
                List.of());
        request(
                demo.conference,
                minister,
                "TR",
                "Emre Aydin",
                Priority.MUST,
                RequestedBy.US,
                30,
                3,
                day1.plusDays(1),
                null,
                List.of());
        request(
                demo.conference,
                minister,
                "BR",
                "Lucas Ferreira",
                Priority.SHOULD,
                RequestedBy.THEM,
                30,
                5,
                null,
                null,
                List.of());
        request(
                demo.conference,
                minister,
                "ZA",
                "Thabo Nkosi",
                Priority.SHOULD,
                RequestedBy.US,
                30,
                6,
                null,
                null,
                List.of());
        request(
                demo.conference,
                minister,
                "AE",
                "Hamdan Al-Mazrouei",
                Priority.SHOULD,
                RequestedBy.THEM,
                45,
                4,
                null,
                null,
                List.of());
        request(
                demo.conference,
                minister,
                "EG",
                "Karim Mansour",
                Priority.SHOULD,
                RequestedBy.THEM,
                30,
                8,
                null,
                null,
                List.of());
        request(
                demo.conference,
                minister,
                "KZ",
                "Aidos Sarsenov",
                Priority.COULD,
                RequestedBy.THEM,
                30,
                9,
                null,
                null,
                List.of());
        request(
                demo.conference,
                minister,
                "IT",
                "Giulia Romano",
                Priority.COULD,
                RequestedBy.THEM,
                30,
                10,
                null,
                null,
                List.of());
        request(
                demo.conference,
                minister,
                "HU",
                "Bence Varga",
                Priority.COULD,
                RequestedBy.THEM,
                30,
                11,
                null,
                null,
                List.of());
        request(
                demo.conference,
                minister,
                "RS",
                "Milan Petrovic",
                Priority.COULD,
                RequestedBy.THEM,
                30,
                12,
                null,
                null,
                List.of());
        request(
                demo.conference,
                minister,
                "ID",
                "Budi Santoso",
                Priority.COULD,
                RequestedBy.THEM,
                30,
                13,
                null,
                null,
                List.of());
        // attends only the conference's last evening, after bilateral hours: the plan lists why it cannot place him
        request(
                demo.conference,
                minister,
                "MX",
                "Alejandro Ruiz",
                Priority.MUST,
                RequestedBy.THEM,
                30,
                7,
                null,
                null,
                List.of(new LocalSpan(day1, day1.plusDays(2).plusHours(20))));

        // the run goes on in the background while the demo starts; its plan is on the page seconds later
        bilaterals.startPlanning(demo.conference);
    }

    private void programme(
            MeetingId conference,
            String title,
            LocalDateTime start,
            LocalDateTime end,
            Venue hotel,
            String room,
            Person chair,
            Person ours) {
        meetings.create(
                new MeetingData(
                        title,
                        MeetingKind.MINISTERIAL_MEETING,
                        Tier.MINISTERIAL,
                        MeetingFormat.IN_PERSON,
                        start,
                        end,
                        BERLIN,
                        hotel.id(),
                        roomNamed(hotel, room),
                        null,
                        DE,
                        Classification.UNCLASSIFIED,
                        "Part of the conference's fixed programme.",
                        conference,
                        null,
                        List.of(
                                new DelegationData(
                                        DE,
                                        "Munich Security Conference",
                                        false,
                                        List.of(new MemberData(
                                                chair.id(), MemberRole.HEAD, ParticipantResponse.ACCEPTED))),
                                new DelegationData(
                                        ours.country(),
                                        ours.organisation(),
                                        true,
                                        List.of(new MemberData(
                                                ours.id(), MemberRole.HEAD, ParticipantResponse.ACCEPTED)))),
                        List.of()),
                true);
    }

    private void request(
            MeetingId conference,
            Person ours,
            String country,
            String counterpartName,
            Priority priority,
            RequestedBy requestedBy,
            int minutes,
            int precedence,
            @Nullable LocalDateTime earliest,
            @Nullable LocalDateTime latest,
            List<LocalSpan> unavailable) {
        CountryCode code = new CountryCode(country);
        Person counterpart = people.create(new PersonData(
                counterpartName,
                "Minister of Foreign Affairs",
                "Ministry of Foreign Affairs",
                code,
                null,
                null,
                "en",
                BERLIN,
                LocalTime.of(8, 0),
                LocalTime.of(20, 0),
                "At the Munich Security Conference."));
        bilaterals.add(
                conference,
                new BilateralRequestData(
                        code,
                        counterpart.id(),
                        ours.id(),
                        requestedBy,
                        priority,
                        precedence,
                        minutes,
                        6,
                        earliest,
                        latest,
                        null,
                        null,
                        unavailable,
                        ""));
    }

    private static org.parley.directory.@Nullable RoomId roomNamed(Venue venue, String name) {
        return venue.rooms().stream()
                .filter(r -> r.name().equals(name))
                .map(Room::id)
                .findFirst()
                .orElse(null);
    }
}

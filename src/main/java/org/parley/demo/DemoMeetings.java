package org.parley.demo;

import static org.parley.demo.DemoDirectory.BERLIN;
import static org.parley.demo.DemoDirectory.DE;
import static org.parley.demo.DemoDirectory.ISTANBUL;
import static org.parley.demo.DemoDirectory.MOSCOW;
import static org.parley.demo.DemoDirectory.RIYADH;
import static org.parley.demo.DemoDirectory.RU;
import static org.parley.demo.DemoDirectory.SA;
import static org.parley.demo.DemoDirectory.US;
import static org.parley.demo.DemoDirectory.WASHINGTON;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.directory.Person;
import org.parley.directory.Room;
import org.parley.directory.Venue;
import org.parley.meeting.AgendaItemData;
import org.parley.meeting.Conflict;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDetails;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scenario Parley grew from, dated relative to today: the presidents' call, the next day the ministers' call at
 * the American side's initiative, the security conference in Munich with a sideline meeting of senior officials, the
 * meeting in Riyadh the week after, the experts' meeting on the embassies' work, and the summit as a draft. Around
 * it, a few hundred generated meetings.
 */
final class DemoMeetings {

    private final MeetingService meetings;
    private final DemoDirectory directory;
    final List<MeetingId> scenario = new ArrayList<>();
    MeetingId presidentsCall;
    MeetingId ministersCall;
    MeetingId conference;
    MeetingId sideline;
    MeetingId riyadh;
    MeetingId experts;
    MeetingId summit;

    org.parley.directory.PersonId directorId() {
        return directory.person("ru-director").id();
    }

    org.parley.directory.PersonId ministerId() {
        return directory.person("ru-minister").id();
    }

    DemoMeetings(MeetingService meetings, DemoDirectory directory) {
        this.meetings = meetings;
        this.directory = directory;
    }

    void createScenario(LocalDate today) {
        Person ruPresident = directory.person("ru-president");
        Person ruMinister = directory.person("ru-minister");
        Person ruAide = directory.person("ru-aide");
        Person ruEnvoy = directory.person("ru-envoy");
        Person ruDirector = directory.person("ru-director");
        Person ruExpert = directory.person("ru-expert");
        Person ruInterpreter = directory.person("ru-interpreter");
        Person usPresident = directory.person("us-president");
        Person usSecretary = directory.person("us-secretary");
        Person usNsa = directory.person("us-nsa");
        Person usEnvoy = directory.person("us-envoy");
        Person usAssistant = directory.person("us-assistant");
        Person usExpert = directory.person("us-expert");
        Person usInterpreter = directory.person("us-interpreter");
        Person saMinister = directory.person("sa-minister");
        Person saProtocol = directory.person("sa-protocol");

        LocalDateTime presidentsStart = today.minusDays(4).atTime(17, 0);
        presidentsCall = save(new MeetingData(
                "Telephone conversation between the Presidents",
                MeetingKind.PHONE_CALL,
                Tier.HEAD_OF_STATE,
                MeetingFormat.PHONE,
                presidentsStart,
                presidentsStart.plusMinutes(90),
                MOSCOW,
                null,
                null,
                US,
                RU,
                Classification.CONFIDENTIAL,
                "A long conversation of about ninety minutes: bilateral relations, a settlement in Ukraine, the Middle "
                        + "East. The Presidents agreed to instruct their teams to start work without delay.",
                null,
                null,
                List.of(
                        delegation(
                                RU,
                                "Presidential Executive Office",
                                true,
                                member(ruPresident, MemberRole.HEAD),
                                member(ruAide, MemberRole.DEPUTY),
                                member(ruInterpreter, MemberRole.INTERPRETER)),
                        delegation(
                                US,
                                "The White House",
                                false,
                                member(usPresident, MemberRole.HEAD),
                                member(usNsa, MemberRole.DELEGATE),
                                member(usInterpreter, MemberRole.INTERPRETER))),
                List.of(
                        new AgendaItemData("Bilateral relations", "", 30),
                        new AgendaItemData("Settlement in Ukraine", "", 40),
                        new AgendaItemData("The Middle East", "", 20))));

        // the call is in the host side's zone: the Americans called, from Washington, at 07:00 their time
        LocalDateTime ministersStart = today.minusDays(3)
                .atTime(15, 0)
                .atZone(MOSCOW)
                .withZoneSameInstant(WASHINGTON)
                .toLocalDateTime();
        ministersCall = save(new MeetingData(
                "Telephone conversation between the Foreign Ministers",
                MeetingKind.PHONE_CALL,
                Tier.MINISTERIAL,
                MeetingFormat.PHONE,
                ministersStart,
                ministersStart.plusMinutes(60),
                WASHINGTON,
                null,
                null,
                US,
                US,
                Classification.RESTRICTED,
                "At the initiative of the American side. Follow up on the Presidents' conversation: keep channels of "
                        + "communication open, convene experts soon to remove obstacles to the work of the embassies, "
                        + "and prepare a summit.",
                null,
                presidentsCall,
                List.of(
                        delegation(
                                RU,
                                "Ministry of Foreign Affairs",
                                true,
                                member(ruMinister, MemberRole.HEAD),
                                member(ruDirector, MemberRole.NOTE_TAKER),
                                member(ruInterpreter, MemberRole.INTERPRETER)),
                        delegation(
                                US,
                                "Department of State",
                                false,
                                member(usSecretary, MemberRole.HEAD),
                                member(usAssistant, MemberRole.NOTE_TAKER))),
                List.of(
                        new AgendaItemData("Channels of communication", "Keep them open at every level", RU, null, 10),
                        new AgendaItemData("Unilateral sanctions", "", null, null, 10),
                        new AgendaItemData("Ukraine", "", null, null, 15),
                        new AgendaItemData("The Palestinian question and the Middle East", "", null, null, 10),
                        new AgendaItemData(
                                "Restrictions on diplomatic missions since 2016",
                                "Staffing, property, visas and banking of the embassies",
                                RU,
                                null,
                                15))));

        Venue munich = directory.venue("munich");
        LocalDate conferenceDay = today.plusDays(10);
        conference = save(new MeetingData(
                "Munich Security Conference",
                MeetingKind.CONFERENCE,
                Tier.MINISTERIAL,
                MeetingFormat.IN_PERSON,
                conferenceDay.atTime(9, 0),
                conferenceDay.plusDays(2).atTime(18, 0),
                BERLIN,
                munich.id(),
                null,
                null,
                DE,
                Classification.UNCLASSIFIED,
                "Three days of debate on international security; delegations meet on the sidelines.",
                null,
                null,
                List.of(delegation(
                        DE,
                        "Munich Security Conference",
                        false,
                        member(directory.person("de-chair"), MemberRole.HEAD))),
                List.of()));

        LocalDateTime sidelineStart = conferenceDay.plusDays(1).atTime(14, 0);
        sideline = save(new MeetingData(
                "Senior officials on the sidelines of the Munich Security Conference",
                MeetingKind.SIDELINE_MEETING,
                Tier.MINISTERIAL,
                MeetingFormat.IN_PERSON,
                sidelineStart,
                sidelineStart.plusMinutes(90),
                BERLIN,
                munich.id(),
                room(munich, "Salon 1"),
                US,
                DE,
                Classification.CONFIDENTIAL,
                "Possible meeting of senior officials, to prepare the Riyadh talks.",
                conference,
                ministersCall,
                List.of(
                        delegation(
                                RU,
                                "Presidential Executive Office",
                                true,
                                member(ruEnvoy, MemberRole.HEAD),
                                member(ruDirector, MemberRole.DELEGATE)),
                        delegation(
                                US,
                                "Department of State",
                                false,
                                member(usEnvoy, MemberRole.HEAD),
                                member(usAssistant, MemberRole.DELEGATE))),
                List.of(
                        new AgendaItemData("Preparing the Riyadh meeting", "", 45),
                        new AgendaItemData("Embassies: first steps", "", 30))));

        Venue diriyah = directory.venue("riyadh");
        LocalDateTime riyadhStart = today.plusDays(18).atTime(10, 0);
        riyadh = save(new MeetingData(
                "Russian-American talks in Riyadh",
                MeetingKind.MINISTERIAL_MEETING,
                Tier.MINISTERIAL,
                MeetingFormat.IN_PERSON,
                riyadhStart,
                riyadhStart.plusHours(4).plusMinutes(30),
                RIYADH,
                diriyah.id(),
                room(diriyah, "Majlis Hall"),
                US,
                SA,
                Classification.CONFIDENTIAL,
                "Restore the work of the embassies, begin work on a settlement in Ukraine, prepare a summit.",
                null,
                ministersCall,
                List.of(
                        delegation(
                                RU,
                                "Ministry of Foreign Affairs",
                                true,
                                member(ruMinister, MemberRole.HEAD),
                                member(ruAide, MemberRole.DEPUTY),
                                member(ruEnvoy, MemberRole.DELEGATE),
                                member(ruInterpreter, MemberRole.INTERPRETER)),
                        delegation(
                                US,
                                "Department of State",
                                false,
                                member(usSecretary, MemberRole.HEAD),
                                member(usNsa, MemberRole.DEPUTY),
                                member(usEnvoy, MemberRole.DELEGATE),
                                member(usInterpreter, MemberRole.INTERPRETER)),
                        delegation(
                                SA,
                                "Ministry of Foreign Affairs",
                                false,
                                member(saMinister, MemberRole.HEAD),
                                member(saProtocol, MemberRole.LIAISON))),
                List.of(
                        new AgendaItemData("Work of the embassies", "", RU, null, 60),
                        new AgendaItemData("Settlement in Ukraine", "", null, null, 90),
                        new AgendaItemData("Preparing a summit", "", null, null, 45),
                        new AgendaItemData("Economic cooperation", "", null, null, 45))));

        Venue ciragan = directory.venue("istanbul");
        LocalDateTime expertsStart = today.plusDays(25).atTime(10, 0);
        experts = save(new MeetingData(
                "Experts' consultations on the functioning of diplomatic missions",
                MeetingKind.EXPERT_MEETING,
                Tier.WORKING_LEVEL,
                MeetingFormat.IN_PERSON,
                expertsStart,
                expertsStart.plusHours(6),
                ISTANBUL,
                ciragan.id(),
                room(ciragan, "Sultan Hall"),
                RU,
                new CountryCode("TR"),
                Classification.RESTRICTED,
                "Remove obstacles to the work of the embassies, as the Foreign Ministers agreed.",
                null,
                ministersCall,
                List.of(
                        delegation(
                                RU,
                                "Ministry of Foreign Affairs",
                                true,
                                member(ruExpert, MemberRole.HEAD),
                                member(ruDirector, MemberRole.DEPUTY)),
                        delegation(
                                US,
                                "Department of State",
                                false,
                                member(usExpert, MemberRole.HEAD),
                                member(usAssistant, MemberRole.DEPUTY))),
                List.of(
                        new AgendaItemData("Staffing of the embassies", "", 90),
                        new AgendaItemData("Visas for diplomats", "", 60),
                        new AgendaItemData("Diplomatic property", "", 60),
                        new AgendaItemData("Banking services for missions", "", 60))));

        LocalDateTime summitStart = today.plusDays(60).atTime(11, 0);
        summit = save(new MeetingData(
                "Summit of the Presidents",
                MeetingKind.SUMMIT,
                Tier.HEAD_OF_STATE,
                MeetingFormat.IN_PERSON,
                summitStart,
                summitStart.plusHours(5),
                RIYADH,
                diriyah.id(),
                null,
                null,
                SA,
                Classification.CONFIDENTIAL,
                "The summit the Presidents asked their teams to prepare.",
                null,
                riyadh,
                List.of(
                        delegation(
                                RU,
                                "Presidential Executive Office",
                                true,
                                member(ruPresident, MemberRole.HEAD),
                                member(ruMinister, MemberRole.DEPUTY),
                                member(ruAide, MemberRole.DELEGATE)),
                        delegation(
                                US,
                                "The White House",
                                false,
                                member(usPresident, MemberRole.HEAD),
                                member(usSecretary, MemberRole.DEPUTY),
                                member(usNsa, MemberRole.DELEGATE)),
                        delegation(SA, "Royal Court", false, member(saMinister, MemberRole.HEAD))),
                List.of(
                        new AgendaItemData("Bilateral relations", "", 120),
                        new AgendaItemData("Ukraine", "", 90),
                        new AgendaItemData("The Middle East", "", 60))));

        // a clash for the demo: the American envoy is also asked to a meeting during the sideline talks
        LocalDateTime clashStart = sidelineStart.plusMinutes(30);
        save(new MeetingData(
                "Bilateral consultations with Ukraine in Munich",
                MeetingKind.SIDELINE_MEETING,
                Tier.MINISTERIAL,
                MeetingFormat.IN_PERSON,
                clashStart,
                clashStart.plusHours(1),
                BERLIN,
                munich.id(),
                room(munich, "Salon 2"),
                DemoDirectory.UA,
                DE,
                Classification.UNCLASSIFIED,
                "",
                conference,
                null,
                List.of(
                        delegation(
                                DemoDirectory.UA,
                                "Ministry of Foreign Affairs of Ukraine",
                                false,
                                member(directory.person("ua-minister"), MemberRole.HEAD),
                                member(directory.person("ua-deputy"), MemberRole.DEPUTY)),
                        delegation(US, "Department of State", false, member(usEnvoy, MemberRole.HEAD))),
                List.of()));
    }

    private static final List<String> TOPICS = List.of(
            "arms control",
            "consular matters",
            "trade and sanctions",
            "energy security",
            "the Black Sea",
            "the Arctic",
            "cyber security",
            "humanitarian access",
            "grain exports",
            "nuclear safety",
            "visa facilitation",
            "counter-terrorism",
            "climate",
            "cultural exchange",
            "the Middle East peace process",
            "maritime law");
    private static final List<MeetingKind> GENERATED_KINDS = List.of(
            MeetingKind.PHONE_CALL,
            MeetingKind.VIDEO_CALL,
            MeetingKind.EXPERT_MEETING,
            MeetingKind.WORKING_GROUP,
            MeetingKind.MINISTERIAL_MEETING,
            MeetingKind.EXPERT_MEETING,
            MeetingKind.WORKING_GROUP);

    /** How many generated meetings share one transaction: its persistence context stays small, its commit cheap. */
    private static final int MEETINGS_PER_TRANSACTION = 50;

    /**
     * Meetings between 90 days ago and 180 days ahead, most of them unclassified or restricted. They are saved through
     * the service like any other, {@value #MEETINGS_PER_TRANSACTION} to a transaction instead of one each: the
     * per-transaction work (security and transaction set-up, Envers revision, commit) was most of the demo's load time.
     */
    int generate(LocalDate today, int count, Random random, TransactionTemplate transactions) {
        List<Venue> venues = List.copyOf(directory.venueByKey.values());
        int created = 0;
        for (int from = 0; from < count; from += MEETINGS_PER_TRANSACTION) {
            int size = Math.min(MEETINGS_PER_TRANSACTION, count - from);
            created += Objects.requireNonNull(transactions.execute(status -> generate(today, size, random, venues)));
        }
        return created;
    }

    private int generate(LocalDate today, int count, Random random, List<Venue> venues) {
        int created = 0;
        for (int i = 0; i < count; i++) {
            MeetingKind kind = GENERATED_KINDS.get(random.nextInt(GENERATED_KINDS.size()));
            Person first = directory.crowd.get(random.nextInt(directory.crowd.size()));
            Person second;
            do {
                second = directory.crowd.get(random.nextInt(directory.crowd.size()));
            } while (second.country().equals(first.country()));
            Venue venue = kind.defaultFormat().needsVenue() ? venues.get(random.nextInt(venues.size())) : null;
            ZoneId zone = venue == null ? first.homeZone() : venue.timeZone();
            LocalDate day = today.plusDays(random.nextInt(270) - 90);
            LocalDateTime start = day.atTime(LocalTime.of(8 + random.nextInt(9), random.nextBoolean() ? 0 : 30));
            int minutes = kind == MeetingKind.PHONE_CALL ? 30 + 15 * random.nextInt(4) : 60 + 30 * random.nextInt(6);
            Classification classification = switch (random.nextInt(10)) {
                case 0 -> Classification.CONFIDENTIAL;
                case 1, 2, 3 -> Classification.RESTRICTED;
                default -> Classification.UNCLASSIFIED;
            };
            List<MemberData> firstSide = new ArrayList<>(List.of(member(first, MemberRole.HEAD)));
            List<MemberData> secondSide = new ArrayList<>(List.of(member(second, MemberRole.HEAD)));
            Set<Person> taken = new HashSet<>(List.of(first, second));
            for (int extra = random.nextInt(4); extra > 0; extra--) {
                Person helper = directory.crowd.get(random.nextInt(directory.crowd.size()));
                if (taken.add(helper)) {
                    (helper.country().equals(first.country()) ? firstSide : secondSide)
                            .add(member(helper, MemberRole.EXPERT));
                }
            }
            String topic = TOPICS.get(random.nextInt(TOPICS.size()));
            String title = kind.label() + " on " + topic + " ("
                    + first.country().displayName(java.util.Locale.ENGLISH) + "\u2013"
                    + second.country().displayName(java.util.Locale.ENGLISH) + ")";
            var room = venue != null && !venue.rooms().isEmpty() && random.nextBoolean()
                    ? venue.rooms().get(random.nextInt(venue.rooms().size())).id()
                    : null;
            MeetingData data = new MeetingData(
                    title,
                    kind,
                    kind.defaultTier(),
                    kind.defaultFormat(),
                    start,
                    start.plusMinutes(minutes),
                    zone,
                    venue == null ? null : venue.id(),
                    room,
                    first.country(),
                    second.country(),
                    classification,
                    "Consultations on " + topic + ".",
                    null,
                    null,
                    List.of(
                            new DelegationData(
                                    first.country(),
                                    first.organisation(),
                                    first.country().equals(RU),
                                    firstSide),
                            new DelegationData(
                                    second.country(),
                                    second.organisation(),
                                    second.country().equals(RU)
                                            && !first.country().equals(RU),
                                    secondSide)),
                    List.of(
                            new AgendaItemData("Opening remarks", "", 10),
                            new AgendaItemData(
                                    Character.toUpperCase(topic.charAt(0)) + topic.substring(1), "", minutes - 20),
                            new AgendaItemData("Next steps", "", 10)));
            // a generated room clash: the same meeting without a room is fine for the demo. Asked before saving, since
            // a refused save would spoil the transaction the other meetings share.
            meetings.create(roomTaken(data) ? withoutRoom(data) : data, true);
            created++;
        }
        return created;
    }

    private boolean roomTaken(MeetingData data) {
        return data.room() != null
                && meetings.checkConflicts(null, data).stream()
                        .anyMatch(c -> c.severity() == Conflict.Severity.BLOCKING);
    }

    private static MeetingData withoutRoom(MeetingData data) {
        return new MeetingData(
                data.title(),
                data.kind(),
                data.tier(),
                data.format(),
                data.start(),
                data.end(),
                data.timeZone(),
                data.venue(),
                null,
                data.initiatingSide(),
                data.hostSide(),
                data.classification(),
                data.objectives(),
                data.parentConference(),
                data.followUpOf(),
                data.delegations(),
                data.agenda());
    }

    private MeetingId save(MeetingData data) {
        MeetingDetails saved = meetings.create(data, true);
        scenario.add(saved.id());
        return saved.id();
    }

    private static DelegationData delegation(
            CountryCode country, String organisation, boolean ours, MemberData... members) {
        return new DelegationData(country, organisation, ours, List.of(members));
    }

    private static MemberData member(Person person, MemberRole role) {
        return new MemberData(person.id(), role, ParticipantResponse.ACCEPTED);
    }

    private static org.parley.directory.@Nullable RoomId room(Venue venue, String name) {
        return venue.rooms().stream()
                .filter(r -> r.name().equals(name))
                .map(Room::id)
                .findFirst()
                .orElse(null);
    }
}

package org.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ApiCalls;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.approval.ApprovalService;
import org.parley.calendar.InviteService;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.meeting.AgendaItemData;
import org.parley.meeting.DelegationData;
import org.parley.meeting.DelegationDetails;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberDetails;
import org.parley.meeting.MemberRole;
import org.parley.security.ApiAccess;
import org.parley.security.ApiTokenService;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/** Delegations in protocol order on every surface: the meeting, its calendar file and the API (docs/0023). */
@ParleyTest
class DelegationOrderTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final CountryCode RU = new CountryCode("RU");
    private static final CountryCode US = new CountryCode("US");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    MeetingService meetings;

    @Autowired
    ApprovalService approvals;

    @Autowired
    InviteService invites;

    @Autowired
    ProtocolService protocol;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers users;

    @Autowired
    WebApplicationContext context;

    private int n;
    private Person minister;
    private Person director;
    private Person expert;
    private Person unranked;
    private Person secretary;

    @BeforeEach
    void people() {
        n = counter.incrementAndGet();
        minister = ranked("Andrei Volkov " + n, RU, "FOREIGN_MINISTER", FormOfAddress.HIS_EXCELLENCY);
        director = ranked("Elena Morozova " + n, RU, "DIRECTOR", FormOfAddress.MS);
        expert = ranked("Igor Lebedev " + n, RU, "EXPERT", null);
        unranked = directory.person(withEmail("Anna Note-taker " + n, RU));
        secretary = ranked("Michael Grant " + n, US, "FOREIGN_MINISTER", FormOfAddress.THE_HONOURABLE);
    }

    private Person ranked(String name, CountryCode country, String rank, FormOfAddress form) {
        RankId id = users.as("viewer", () -> protocol.ranks()).stream()
                .filter(r -> rank.equals(r.code()))
                .findFirst()
                .orElseThrow()
                .id();
        return directory.person(withEmail(name, country).withProtocol(id, form));
    }

    private static PersonData withEmail(String name, CountryCode country) {
        return new PersonData(
                name,
                null,
                null,
                country,
                name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@mfa.example",
                null,
                null,
                MOSCOW,
                PersonData.DEFAULT_WORKDAY_START,
                PersonData.DEFAULT_WORKDAY_END,
                null);
    }

    /** Our delegation entered as the planner happened to add them: the head last, the note-taker first. */
    private MeetingData talks(boolean manualOrder) {
        LocalDateTime start = LocalDateTime.of(2400 + n, 4, 8, 11, 0);
        return MeetingDataBuilder.meeting("Strategic stability talks " + n)
                .kind(MeetingKind.PHONE_CALL)
                .at(start, start.plusHours(2), MOSCOW)
                .sides(RU, RU)
                .delegations(
                        new DelegationData(
                                RU,
                                "Ministry of Foreign Affairs",
                                true,
                                List.of(
                                        new MemberData(unranked.id(), MemberRole.NOTE_TAKER),
                                        new MemberData(expert.id(), MemberRole.EXPERT),
                                        new MemberData(director.id(), MemberRole.DELEGATE),
                                        new MemberData(minister.id(), MemberRole.HEAD)),
                                manualOrder),
                        new DelegationData(
                                US,
                                "Department of State",
                                false,
                                List.of(new MemberData(secretary.id(), MemberRole.HEAD))))
                .agenda(new AgendaItemData("Arms control", "", 60))
                .build();
    }

    private static List<String> names(DelegationDetails delegation) {
        return delegation.members().stream().map(MemberDetails::name).toList();
    }

    @Test
    void a_delegation_lists_its_head_first_then_by_precedence_and_the_unranked_last() {
        MeetingDetails meeting = users.as("planner", () -> meetings.create(talks(false), true));

        assertThat(names(meeting.delegations().getFirst()))
                .containsExactly(minister.fullName(), director.fullName(), expert.fullName(), unranked.fullName());
        assertThat(names(users.as("viewer", () -> meetings.get(meeting.id()))
                        .delegations()
                        .getFirst()))
                .containsExactly(minister.fullName(), director.fullName(), expert.fullName(), unranked.fullName());
    }

    @Test
    void the_order_a_planner_sets_wins_over_precedence_and_survives_editing() {
        MeetingDetails meeting = users.as("planner", () -> meetings.create(talks(true), true));

        assertThat(names(meeting.delegations().getFirst()))
                .containsExactly(unranked.fullName(), expert.fullName(), director.fullName(), minister.fullName());
        MeetingDetails reloaded =
                users.as("planner", () -> meetings.update(meeting.id(), meeting.toData(), meeting.version()));
        assertThat(reloaded.delegations().getFirst().manualOrder()).isTrue();
        assertThat(names(reloaded.delegations().getFirst()))
                .containsExactly(unranked.fullName(), expert.fullName(), director.fullName(), minister.fullName());
    }

    @Test
    void members_carry_their_rank_and_form_of_address_which_protocol_puts_before_the_name() {
        MeetingDetails meeting = users.as("planner", () -> meetings.create(talks(false), true));
        MemberDetails head = meeting.delegations().getFirst().members().getFirst();

        assertThat(head.rank()).isNotNull();
        assertThat(head.rank().code()).isEqualTo("FOREIGN_MINISTER");
        assertThat(head.addressedName(Locale.ENGLISH)).isEqualTo("His Excellency " + minister.fullName());
        assertThat(head.addressedName(Locale.of("ru"))).isEqualTo("Его Превосходительство " + minister.fullName());
        assertThat(head.addressedName(Locale.of("ar"))).isEqualTo("صاحب السعادة " + minister.fullName());
        MemberDetails noteTaker = meeting.delegations().getFirst().members().getLast();
        assertThat(noteTaker.addressedName(Locale.ENGLISH)).isEqualTo(unranked.fullName());
    }

    @Test
    void the_calendar_invites_in_protocol_order_with_plain_names() {
        MeetingId id =
                users.as("planner", () -> meetings.create(talks(false), true)).id();
        users.as("planner", () -> approvals.submit(id, null));
        int round = users.as("approver", () -> approvals.state(id).round());
        users.as("approver", () -> approvals.approve(id, round, null));

        String ics = new String(users.as("planner", () -> invites.invite(id)).content(), StandardCharsets.UTF_8)
                .replace("\r\n ", "");
        List<String> attendees = Arrays.stream(ics.split("\r\n"))
                .filter(line -> line.startsWith("ATTENDEE"))
                .map(line -> line.replaceAll(".*CN=\"?([^;:\"]*)\"?[;:].*", "$1"))
                .toList();

        assertThat(attendees)
                .containsExactly(
                        minister.fullName(),
                        director.fullName(),
                        expert.fullName(),
                        unranked.fullName(),
                        secretary.fullName());
        assertThat(ics).doesNotContain("Excellency", "Honourable");
    }

    @Test
    void the_api_gives_members_in_protocol_order_with_rank_precedence_and_form_of_address() {
        MeetingId id =
                users.as("planner", () -> meetings.create(talks(false), true)).id();
        String token = users.as(
                        "viewer",
                        () -> tokens.create("order " + n, Instant.now().plus(1, ChronoUnit.DAYS), ApiAccess.READ_ONLY))
                .token();

        JsonNode json = ApiCalls.json(new ApiCalls(context).send("GET", "/api/v1/meetings/" + id.value(), token, null));
        JsonNode members = json.path("delegations").get(0).path("members");

        assertThat(members.get(0).path("person").asLong())
                .isEqualTo(minister.id().value());
        assertThat(members.get(0).path("rank").asString()).isEqualTo("Minister of foreign affairs");
        assertThat(members.get(0).path("precedence").asInt()).isEqualTo(4);
        assertThat(members.get(0).path("formOfAddress").asString()).isEqualTo("HIS_EXCELLENCY");
        assertThat(members.get(3).path("person").asLong())
                .isEqualTo(unranked.id().value());
        assertThat(members.get(3).path("rank").isNull()).isTrue();
        assertThat(json.path("delegations").get(0).path("manualOrder").asBoolean())
                .isFalse();
    }

    @Test
    void the_people_api_gives_each_persons_rank_precedence_and_form_of_address() {
        String token = users.as(
                        "viewer",
                        () -> tokens.create("people " + n, Instant.now().plus(1, ChronoUnit.DAYS), ApiAccess.READ_ONLY))
                .token();
        var api = new ApiCalls(context);
        // a surname no earlier run left in the database (letters only), so that the search finds exactly this person
        String surname = "Abenov"
                + Long.toString(System.nanoTime())
                        .chars()
                        .mapToObj(digit -> String.valueOf((char) ('a' + digit - '0')))
                        .collect(java.util.stream.Collectors.joining());
        String unique = "Rustam " + surname;
        Person sought = ranked(unique, RU, "EXPERT", null);

        JsonNode one =
                ApiCalls.json(api.send("GET", "/api/v1/people/" + minister.id().value(), token, null));
        JsonNode found = ApiCalls.json(api.send("GET", "/api/v1/people?text=" + surname, token, null));

        assertThat(one.path("rank").asString()).isEqualTo("Minister of foreign affairs");
        assertThat(one.path("precedence").asInt()).isEqualTo(4);
        assertThat(one.path("formOfAddress").asString()).isEqualTo("HIS_EXCELLENCY");
        assertThat(found.path("items"))
                .filteredOn(person -> person.path("id").asLong() == sought.id().value())
                .singleElement()
                .satisfies(person -> {
                    assertThat(person.path("rank").asString()).isEqualTo("Expert");
                    assertThat(person.path("precedence").asInt()).isEqualTo(14);
                    assertThat(person.path("formOfAddress").isNull()).isTrue();
                });
    }
}

package org.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.AccessFixture;
import org.parley.ApiCalls;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.approval.ApprovalService;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.directory.RoomData;
import org.parley.directory.Venue;
import org.parley.directory.VenueData;
import org.parley.directory.VenueService;
import org.parley.meeting.AgendaItemData;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberRole;
import org.parley.meeting.Tier;
import org.parley.security.ApiAccess;
import org.parley.security.ApiTokenService;
import org.parley.security.SystemTask;
import org.parley.shared.CountryCode;
import org.parley.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/** The interpretation a meeting needs: working languages, pairs, mode, interpreters and coverage (docs/0024). */
@ParleyTest
class InterpretationTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final CountryCode RU = new CountryCode("RU");
    private static final CountryCode US = new CountryCode("US");
    private static final CountryCode SA = new CountryCode("SA");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    MeetingService meetings;

    @Autowired
    ApprovalService approvals;

    @Autowired
    VenueService venues;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    AccessFixture fixture;

    @Autowired
    TestUsers users;

    @Autowired
    WebApplicationContext context;

    private int n;
    private Person ourMinister;
    private Person theirSecretary;
    private Person saudiMinister;
    private Person russianInterpreter;
    private Person arabicInterpreter;

    @BeforeEach
    void people() {
        n = counter.incrementAndGet();
        ourMinister = speaking("Andrei Volkov " + n, RU, "ru, en, fr");
        theirSecretary = speaking("Michael Grant " + n, US, "en");
        saudiMinister = speaking("Faisal Al-Harbi " + n, SA, "ar, en");
        russianInterpreter = speaking("Elena Sokolova " + n, RU, "ru, en");
        arabicInterpreter = speaking("Omar Haddad " + n, SA, "ar, en, ru");
    }

    @AfterEach
    void retirePending() {
        fixture.retirePending();
    }

    private Person speaking(String name, CountryCode country, @Nullable String languages) {
        return directory.person(new PersonData(
                name,
                null,
                null,
                country,
                null,
                null,
                languages,
                MOSCOW,
                PersonData.DEFAULT_WORKDAY_START,
                PersonData.DEFAULT_WORKDAY_END,
                null));
    }

    private static DelegationData side(CountryCode country, boolean ours, @Nullable String language, MemberData... m) {
        return new DelegationData(country, null, ours, List.of(m), false, language);
    }

    private static MemberData head(Person person) {
        return new MemberData(person.id(), MemberRole.HEAD);
    }

    private static MemberData interpreter(Person person) {
        return new MemberData(person.id(), MemberRole.INTERPRETER);
    }

    private MeetingData meeting(MeetingKind kind, Tier tier, DelegationData... delegations) {
        LocalDateTime start = LocalDateTime.of(2600 + n, 3, 10, 11, 0);
        return MeetingDataBuilder.meeting("Talks " + n)
                .kind(kind)
                .tier(tier)
                .format(kind == MeetingKind.PHONE_CALL ? MeetingFormat.PHONE : MeetingFormat.VIRTUAL)
                .at(start, start.plusHours(1), MOSCOW)
                .sides(RU, RU)
                .delegations(delegations)
                .agenda(new AgendaItemData("Bilateral relations", "", 60))
                .build();
    }

    private MeetingId planned(MeetingData data) {
        return users.as("planner", () -> meetings.create(data, true).id());
    }

    private Interpretation interpretationOf(MeetingId id) {
        return users.as("viewer", () -> meetings.interpretation(id));
    }

    @Test
    void every_pair_of_the_delegations_working_languages_needs_interpretation_and_an_interpreter_covers_their_own() {
        var interpretation = Interpretation.plan(
                InterpretationMode.CONSECUTIVE,
                List.of(
                        new Interpretation.Side(RU, "ru", false),
                        new Interpretation.Side(US, "en", false),
                        new Interpretation.Side(SA, "ar", false),
                        new Interpretation.Side(new CountryCode("GB"), "en", false)),
                List.of(new Interpretation.Interpreter("Elena Sokolova", List.of("ru", "en"))),
                null,
                false);

        assertThat(interpretation.pairs()).extracting(LanguagePair::code).containsExactly("ar-en", "ar-ru", "en-ru");
        assertThat(interpretation.uncoveredPairs())
                .extracting(LanguagePair::code)
                .containsExactly("ar-en", "ar-ru");
        assertThat(interpretation.warnings())
                .extracting(w -> w.message(Locale.ENGLISH))
                .containsExactly(
                        "No interpreter covers Arabic \u2194 English: the delegations have no common language",
                        "No interpreter covers Arabic \u2194 Russian: the delegations have no common language");
        assertThat(new LanguagePair("ru", "en")).isEqualTo(new LanguagePair("en", "ru"));
        assertThat(new LanguagePair("ru", "en").label(Locale.of("ru"))).isEqualTo("английский \u2194 русский");
    }

    @Test
    void delegations_speaking_one_language_need_no_interpretation() {
        var interpretation = Interpretation.plan(
                InterpretationMode.SIMULTANEOUS,
                List.of(new Interpretation.Side(US, "en", true), new Interpretation.Side(RU, "en", false)),
                List.of(),
                "Salon 1",
                false);

        assertThat(interpretation.needed()).isFalse();
        assertThat(interpretation.warnings()).isEmpty();
    }

    @Test
    void the_ministers_call_with_a_russian_english_interpreter_is_covered_and_consecutive() {
        MeetingId id = planned(meeting(
                MeetingKind.PHONE_CALL,
                Tier.MINISTERIAL,
                side(RU, true, null, head(ourMinister), interpreter(russianInterpreter)),
                side(US, false, null, head(theirSecretary))));

        Interpretation interpretation = interpretationOf(id);

        assertThat(interpretation.mode()).isEqualTo(InterpretationMode.CONSECUTIVE);
        assertThat(interpretation.sides())
                .containsExactly(new Interpretation.Side(RU, "ru", true), new Interpretation.Side(US, "en", true));
        assertThat(interpretation.pairs()).containsExactly(new LanguagePair("en", "ru"));
        assertThat(interpretation.uncoveredPairs()).isEmpty();
        assertThat(interpretation.interpreters())
                .singleElement()
                .satisfies(i -> assertThat(i.name()).isEqualTo(russianInterpreter.fullName()));
        assertThat(interpretation.warnings()).isEmpty();
    }

    @Test
    void the_planners_working_language_wins_over_the_heads_and_a_delegation_without_any_is_named() {
        Person nobodyKnows = speaking("Ivan Petrov " + n, RU, null);
        MeetingId id = planned(meeting(
                MeetingKind.MINISTERIAL_MEETING,
                Tier.MINISTERIAL,
                side(RU, true, "en", head(ourMinister)),
                side(US, false, null, head(theirSecretary)),
                side(SA, false, "ar", head(saudiMinister)),
                side(new CountryCode("KZ"), false, null, head(nobodyKnows))));

        Interpretation interpretation = interpretationOf(id);

        assertThat(interpretation.sides().getFirst()).isEqualTo(new Interpretation.Side(RU, "en", false));
        assertThat(interpretation.pairs()).containsExactly(new LanguagePair("ar", "en"));
        assertThat(interpretation.warnings())
                .containsExactly(
                        new InterpretationWarning.NoLanguage(new CountryCode("KZ")),
                        new InterpretationWarning.Uncovered(new LanguagePair("ar", "en")));
        assertThat(interpretation.warnings().getFirst().message(Locale.ENGLISH)).contains("Kazakhstan");
        assertThat(users.as(
                        "planner",
                        () -> meetings.get(id).delegations().getFirst().language()))
                .isEqualTo("en");
    }

    @Test
    void a_working_language_that_is_not_an_iso_code_is_refused() {
        for (String wrong : new String[] {"Russian", "xx", "r"}) {
            assertThatThrownBy(() -> planned(meeting(
                            MeetingKind.PHONE_CALL,
                            Tier.MINISTERIAL,
                            side(RU, true, wrong, head(ourMinister)),
                            side(US, false, null, head(theirSecretary)))))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessageContaining("ISO 639-1");
        }
    }

    @Test
    void a_conference_is_interpreted_simultaneously_and_needs_a_room_with_booths() {
        Venue venue = SystemTask.runAsSystem(() -> venues.create(
                new VenueData("Conference centre " + n, "Moscow", RU, null, MOSCOW, 900),
                List.of(new RoomData("Small hall", 40), new RoomData("Plenary hall", 800, true))));
        for (var room : venue.rooms()) {
            MeetingData data = MeetingDataBuilder.from(meeting(
                            MeetingKind.CONFERENCE,
                            Tier.MINISTERIAL,
                            side(RU, true, null, head(ourMinister), interpreter(russianInterpreter)),
                            side(US, false, null, head(theirSecretary))))
                    .title("Conference " + n + " in " + room.name())
                    .format(MeetingFormat.IN_PERSON)
                    .venue(venue.id())
                    .room(room.id())
                    .build();
            Interpretation interpretation = interpretationOf(planned(data));

            assertThat(interpretation.mode()).isEqualTo(InterpretationMode.SIMULTANEOUS);
            if (room.interpretationBooths()) {
                assertThat(interpretation.warnings()).isEmpty();
            } else {
                assertThat(interpretation.warnings()).containsExactly(new InterpretationWarning.NoBooths("Small hall"));
            }
        }
    }

    @Test
    void a_summit_with_an_uncovered_pair_is_approved_only_with_a_reason_for_waiving_it() {
        MeetingId summit = planned(meeting(
                MeetingKind.SUMMIT,
                Tier.HEAD_OF_STATE,
                side(RU, true, null, head(ourMinister), interpreter(russianInterpreter)),
                side(US, false, null, head(theirSecretary)),
                side(SA, false, null, head(saudiMinister))));
        users.as("planner", () -> approvals.submit(summit, "Ministers stand in for the Presidents"));

        assertThat(interpretationOf(summit).uncoveredPairs())
                .extracting(LanguagePair::code)
                .containsExactly("ar-en", "ar-ru");
        for (String none : new String[] {null, ""}) {
            assertThatThrownBy(() -> users.as("approver", () -> approvals.approve(summit, 1, none)))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("ar-en, ar-ru");
        }
        String waiver = "The Saudi Minister brings his own interpreter, as his Office confirmed";
        assertThat(users.as("approver", () -> approvals.approve(summit, 1, waiver))
                        .approvalsGiven())
                .isEqualTo(1);
        assertThat(users.as("viewer", () -> approvals.state(summit).timeline()))
                .anySatisfy(step -> assertThat(step.comment()).isEqualTo(waiver));
    }

    @Test
    void a_summit_whose_pairs_are_all_covered_and_other_tiers_with_gaps_are_approved_without_a_comment() {
        MeetingId covered = planned(meeting(
                MeetingKind.SUMMIT,
                Tier.HEAD_OF_STATE,
                side(RU, true, null, head(ourMinister), interpreter(russianInterpreter)),
                side(SA, false, null, head(saudiMinister), interpreter(arabicInterpreter)),
                side(US, false, null, head(theirSecretary))));
        MeetingId ministerial = planned(meeting(
                MeetingKind.MINISTERIAL_MEETING,
                Tier.MINISTERIAL,
                side(RU, true, null, head(ourMinister)),
                side(SA, false, null, head(saudiMinister))));
        users.as("planner", () -> approvals.submit(covered, "Ministers stand in for the Presidents"));
        users.as("planner", () -> approvals.submit(ministerial, null));

        assertThat(interpretationOf(covered).uncoveredPairs()).isEmpty();
        assertThat(users.as("approver", () -> approvals.approve(covered, 1, null))
                        .approvalsGiven())
                .isEqualTo(1);
        assertThat(interpretationOf(ministerial).uncoveredPairs()).isNotEmpty();
        assertThat(users.as("approver", () -> approvals.approve(ministerial, 1, null))
                        .approvalsGiven())
                .isEqualTo(1);
    }

    @Test
    void the_api_shows_each_delegations_language_and_the_interpretation() {
        MeetingId id = planned(meeting(
                MeetingKind.PHONE_CALL,
                Tier.MINISTERIAL,
                side(RU, true, "ru", head(ourMinister)),
                side(US, false, null, head(theirSecretary))));
        String token = users.as(
                        "viewer",
                        () -> tokens.create(
                                "interpretation " + n, Instant.now().plus(1, ChronoUnit.DAYS), ApiAccess.READ_ONLY))
                .token();

        JsonNode meeting =
                ApiCalls.json(new ApiCalls(context).send("GET", "/api/v1/meetings/" + id.value(), token, null));

        assertThat(meeting.path("delegations").get(0).path("language").asString())
                .isEqualTo("ru");
        assertThat(meeting.path("delegations").get(1).path("language").isNull()).isTrue();
        JsonNode interpretation = meeting.path("interpretation");
        assertThat(interpretation.path("mode").asString()).isEqualTo("CONSECUTIVE");
        assertThat(interpretation.path("pairs").get(0).asString()).isEqualTo("en-ru");
        assertThat(interpretation.path("uncoveredPairs").get(0).asString()).isEqualTo("en-ru");
        assertThat(interpretation.path("languages").get(1).path("language").asString())
                .isEqualTo("en");
        assertThat(interpretation.path("languages").get(1).path("fromHead").asBoolean())
                .isTrue();
    }
}

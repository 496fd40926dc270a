package org.parley.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.security.SystemTask;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Meetings search finds a meeting by anything a planner remembers of it, within the searcher's clearance. */
@ParleyTest
class MeetingSearchTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final CountryCode RU = new CountryCode("RU");
    private static final CountryCode US = new CountryCode("US");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    MeetingService meetings;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    PeopleService people;

    @Autowired
    TestUsers users;

    @Autowired
    MeetingSearchIndex searchIndex;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** A word no other test uses, so that each test finds only its own meetings in the shared database. */
    private String tag;

    private Person minister;
    private Person secretary;

    @BeforeEach
    void people() {
        tag = "zq" + counter.incrementAndGet() + "x" + System.nanoTime() % 100_000;
        minister = directory.person(new PersonData(
                "Sergey Lavrov",
                "Minister of Foreign Affairs",
                "Ministry of Foreign Affairs",
                RU,
                null,
                null,
                null,
                MOSCOW,
                PersonData.DEFAULT_WORKDAY_START,
                PersonData.DEFAULT_WORKDAY_END,
                null,
                "Сергей Лавров",
                PersonData.DEFAULT_WORKING_DAYS));
        secretary = directory.person("Marco Rubio", US, ZoneId.of("America/New_York"));
    }

    private MeetingId plan(
            String title, String objectives, String agendaItem, Classification classification, Person... people) {
        LocalDateTime start = LocalDateTime.of(2052, 3, 1 + counter.get() % 27, 10, 0);
        List<DelegationData> delegations = List.of(
                new DelegationData(
                        RU,
                        "Ministry of Foreign Affairs " + tag,
                        true,
                        List.of(new MemberData(people[0].id(), MemberRole.HEAD))),
                new DelegationData(
                        US, "Department of State", false, List.of(new MemberData(people[1].id(), MemberRole.HEAD))));
        return users.as(
                "planner",
                () -> meetings.create(
                                new MeetingData(
                                        title,
                                        MeetingKind.PHONE_CALL,
                                        Tier.MINISTERIAL,
                                        MeetingFormat.PHONE,
                                        start,
                                        start.plusHours(1),
                                        MOSCOW,
                                        null,
                                        null,
                                        null,
                                        null,
                                        classification,
                                        objectives,
                                        null,
                                        null,
                                        delegations,
                                        List.of(new AgendaItemData(agendaItem, "Staffing, property and visas", 30))),
                                true)
                        .id());
    }

    private List<String> titlesFound(String text) {
        return meetings.find(MeetingFilter.all().withText(text), PageRequest.of(0, 50, Sort.by("start")))
                .map(MeetingSummary::title)
                .getContent();
    }

    @Test
    @WithUserDetails("planner")
    void a_meeting_is_found_by_a_participants_name_in_latin_letters_and_in_its_original_script() {
        plan("Call " + tag, "", "Bilateral relations", Classification.UNCLASSIFIED, minister, secretary);

        assertThat(titlesFound(tag + " lavrov")).containsExactly("Call " + tag);
        assertThat(titlesFound(tag + " Лавров")).containsExactly("Call " + tag);
        assertThat(titlesFound(tag + " лавр"))
                .as("the beginning of a word is enough")
                .containsExactly("Call " + tag);
        assertThat(titlesFound(tag + " RUBIO")).as("case does not matter").containsExactly("Call " + tag);
    }

    @Test
    @WithUserDetails("planner")
    void a_meeting_is_found_by_its_organisations_objectives_and_agenda() {
        plan(
                "Talks " + tag,
                "Restore the work of the embassies",
                "Diplomatic property",
                Classification.RESTRICTED,
                minister,
                secretary);

        assertThat(titlesFound(tag + " department state")).containsExactly("Talks " + tag);
        assertThat(titlesFound(tag + " embassies")).containsExactly("Talks " + tag);
        assertThat(titlesFound(tag + " property")).containsExactly("Talks " + tag);
        assertThat(titlesFound(tag + " visas"))
                .as("an agenda item's description")
                .containsExactly("Talks " + tag);
        assertThat(titlesFound(tag + " embassies summit"))
                .as("every word must be found")
                .isEmpty();
    }

    @Test
    @WithUserDetails("planner")
    void accents_and_punctuation_do_not_stand_in_the_way() {
        plan(
                "Consultations in Genève, " + tag,
                "Experts' follow-up",
                "Agenda",
                Classification.UNCLASSIFIED,
                minister,
                secretary);

        assertThat(titlesFound("geneve " + tag)).containsExactly("Consultations in Genève, " + tag);
        assertThat(titlesFound("GENÈVE, " + tag + "!")).containsExactly("Consultations in Genève, " + tag);
        assertThat(titlesFound("experts follow-up " + tag)).containsExactly("Consultations in Genève, " + tag);
        assertThat(titlesFound("100% " + tag)).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void search_never_finds_or_counts_what_is_above_the_searchers_clearance() {
        plan("Open call " + tag, "", "Item", Classification.UNCLASSIFIED, minister, secretary);
        plan("Secret call " + tag, "", "Item", Classification.CONFIDENTIAL, minister, secretary);

        assertThat(titlesFound(tag + " lavrov")).containsExactly("Open call " + tag);
        assertThat(meetings.count(MeetingFilter.all().withText(tag + " lavrov")))
                .isEqualTo(1);
        assertThat(titlesFound("secret " + tag)).isEmpty();
    }

    @Test
    @WithUserDetails("planner")
    void results_come_a_page_at_a_time() {
        for (int i = 0; i < 3; i++) {
            plan("Round " + i + " " + tag, "", "Item", Classification.UNCLASSIFIED, minister, secretary);
        }

        Slice<MeetingSummary> first =
                meetings.find(MeetingFilter.all().withText(tag), PageRequest.of(0, 2, Sort.by("title")));
        Slice<MeetingSummary> second =
                meetings.find(MeetingFilter.all().withText(tag), PageRequest.of(1, 2, Sort.by("title")));

        assertThat(first.getContent())
                .extracting(MeetingSummary::title)
                .containsExactly("Round 0 " + tag, "Round 1 " + tag);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.getContent()).extracting(MeetingSummary::title).containsExactly("Round 2 " + tag);
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    @WithUserDetails("planner")
    void a_participant_renamed_in_the_directory_is_found_by_the_new_name() {
        plan("Renaming " + tag, "", "Item", Classification.UNCLASSIFIED, minister, secretary);

        SystemTask.runAsSystem(() -> people.update(
                secretary.id(),
                new PersonData(
                        "Marco Antonio Rubio",
                        null,
                        null,
                        US,
                        null,
                        null,
                        null,
                        secretary.homeZone(),
                        secretary.workdayStart(),
                        secretary.workdayEnd(),
                        null,
                        "Марко Рубио",
                        secretary.workingDays()),
                secretary.version()));

        assertThat(titlesFound(tag + " antonio")).containsExactly("Renaming " + tag);
        assertThat(titlesFound(tag + " Марко")).containsExactly("Renaming " + tag);
    }

    @Test
    @WithUserDetails("planner")
    void a_meeting_without_a_search_document_gets_one_at_start_up() {
        MeetingId id = plan("Older meeting " + tag, "", "Item", Classification.UNCLASSIFIED, minister, secretary);
        jdbc.update("delete from meeting_search_word where meeting_id = ?", id.value());
        jdbc.update("delete from meeting_search where meeting_id = ?", id.value());
        assertThat(titlesFound(tag)).isEmpty();

        searchIndex.indexWhatIsMissing();

        assertThat(titlesFound(tag + " lavrov")).containsExactly("Older meeting " + tag);
    }
}

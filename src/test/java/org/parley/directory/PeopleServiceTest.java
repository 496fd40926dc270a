package org.parley.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.ParleyTest;
import org.parley.protocol.FormOfAddress;
import org.parley.protocol.ProtocolService;
import org.parley.protocol.Rank;
import org.parley.protocol.RankId;
import org.parley.shared.CountryCode;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.parley.shared.TimeZones;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class PeopleServiceTest {

    private static final AtomicInteger counter = new AtomicInteger();
    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    @Autowired
    PeopleService people;

    @Autowired
    VenueService venues;

    @Autowired
    ProtocolService protocol;

    private PersonData someone(String name, String organisation, CountryCode country) {
        return new PersonData(
                name,
                "Counsellor",
                organisation,
                country,
                null,
                "+7 495 244-16-06",
                "ar, EN",
                RIYADH,
                LocalTime.of(8, 0),
                LocalTime.of(16, 0),
                "");
    }

    @Test
    @WithUserDetails("planner")
    void a_planner_adds_a_person_with_their_home_zone_and_working_hours() {
        Person created = people.create(someone("Noura Al-Dosari", "Embassy in Moscow", new CountryCode("SA")));

        Person read = people.get(created.id());
        assertThat(read.homeZone()).isEqualTo(RIYADH);
        assertThat(read.workdayStart()).isEqualTo(LocalTime.of(8, 0));
        assertThat(read.languages()).containsExactly("ar", "en");
        assertThat(read.active()).isTrue();
    }

    @Test
    @WithUserDetails("planner")
    void people_are_found_by_name_organisation_and_country_in_the_database() {
        String marker = "Zyx" + counter.incrementAndGet();
        people.create(someone(marker + " Ivanova", "Ministry of Foreign Affairs", new CountryCode("RU")));
        people.create(someone("Olga Smirnova", marker + " Embassy", new CountryCode("RU")));
        people.create(someone(marker + " Miller", "Department of State", new CountryCode("US")));

        assertThat(names(new PersonFilter(marker.toLowerCase(Locale.ROOT), null, false)))
                .containsExactly("Olga Smirnova", marker + " Ivanova", marker + " Miller");
        assertThat(names(new PersonFilter(marker, new CountryCode("US"), false)))
                .containsExactly(marker + " Miller");
        assertThat(names(new PersonFilter(marker + " emb", null, false))).containsExactly("Olga Smirnova");
    }

    @Test
    @WithUserDetails("planner")
    void people_are_found_by_their_job_title() {
        String marker = "Qvx" + counter.incrementAndGet();
        people.create(new PersonData(
                "Leila Haddad",
                marker + " Deputy Chief of Protocol",
                "Foreign Ministry",
                new CountryCode("JO"),
                null,
                null,
                null,
                RIYADH,
                LocalTime.of(8, 0),
                LocalTime.of(16, 0),
                null));
        people.create(someone("Ivan Petrov " + marker, "Embassy", new CountryCode("RU")));

        assertThat(names(PersonFilter.byText(marker + " deputy chief of PROTOCOL")))
                .containsExactly("Leila Haddad");
        assertThat(names(PersonFilter.byText(marker))).containsExactly("Ivan Petrov " + marker, "Leila Haddad");
    }

    @Test
    @WithUserDetails("planner")
    void a_deactivated_person_leaves_the_pickers_but_stays_in_the_directory() {
        String marker = "Leaver" + counter.incrementAndGet();
        Person leaving = people.create(someone(marker, "Embassy", new CountryCode("DE")));

        people.deactivate(leaving.id());

        assertThat(names(PersonFilter.byText(marker))).isEmpty();
        assertThat(names(new PersonFilter(marker, null, true))).containsExactly(marker);
        assertThat(people.get(leaving.id()).active()).isFalse();
        people.reactivate(leaving.id());
        assertThat(names(PersonFilter.byText(marker))).containsExactly(marker);
    }

    @Test
    @WithUserDetails("planner")
    void a_person_keeps_their_protocol_rank_and_form_of_address() {
        Rank ambassador = protocol.ranks().stream()
                .filter(r -> "AMBASSADOR".equals(r.code()))
                .findFirst()
                .orElseThrow();
        Person created = people.create(someone("Reem Al-Shehri", "Embassy in Moscow", new CountryCode("SA"))
                .withProtocol(ambassador.id(), FormOfAddress.HER_EXCELLENCY));

        Person read = people.get(created.id());
        assertThat(read.rank()).isEqualTo(ambassador.id());
        assertThat(read.formOfAddress()).isEqualTo(FormOfAddress.HER_EXCELLENCY);
        assertThat(read.toData().rank()).isEqualTo(ambassador.id());
    }

    @Test
    @WithUserDetails("planner")
    void languages_that_are_no_iso_639_1_codes_are_refused() {
        for (String wrong : List.of("Arabic, English", "xx", "en, eng", "ru; en")) {
            var data = new PersonData(
                    "Linguist " + wrong,
                    null,
                    null,
                    new CountryCode("SA"),
                    null,
                    null,
                    wrong,
                    RIYADH,
                    LocalTime.of(8, 0),
                    LocalTime.of(16, 0),
                    "");
            assertThatThrownBy(() -> people.create(data))
                    .as(wrong)
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessageContaining("ISO 639-1");
        }
    }

    @Test
    @WithUserDetails("planner")
    void a_rank_that_does_not_exist_is_refused() {
        var data = someone("Nobody Ranked", "Embassy", new CountryCode("SA")).withProtocol(new RankId(987_654L), null);

        assertThatThrownBy(() -> people.create(data)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithUserDetails("planner")
    void invalid_entries_are_refused_with_clear_messages() {
        var invalid = new PersonData(
                " ",
                null,
                null,
                null,
                "not-an-email",
                "call me",
                null,
                null,
                LocalTime.of(18, 0),
                LocalTime.of(9, 0),
                null);

        assertThatThrownBy(() -> people.create(invalid))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Enter the person's name")
                .hasMessageContaining("Choose the person's country")
                .hasMessageContaining("Enter a valid e-mail address")
                .hasMessageContaining("Use digits, spaces")
                .hasMessageContaining("Choose the person's home time zone")
                .hasMessageContaining("The working day must end after it starts");
    }

    @Test
    @WithUserDetails("planner")
    void a_home_zone_or_venue_zone_that_is_no_region_and_invisible_names_are_refused() {
        var offset = PersonData.of("Offset Person", new CountryCode("RU"), ZoneId.of("GMT+03:00"));
        var invisible = PersonData.of("\u3000\u200B", new CountryCode("RU"), ZoneId.of("Europe/Moscow"));

        assertThatThrownBy(() -> people.create(offset))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining(TimeZones.MESSAGE);
        assertThatThrownBy(() -> people.create(invisible))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Use visible text");
        assertThatThrownBy(() -> venues.create(
                        new VenueData("Offset hall", null, new CountryCode("RU"), null, ZoneId.of("+03:00"), 10),
                        List.of()))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining(TimeZones.MESSAGE);
    }

    @Test
    void unknown_country_codes_are_refused_and_names_come_in_the_viewers_language() {
        assertThatThrownBy(() -> new CountryCode("XX")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CountryCode("ru")).isInstanceOf(IllegalArgumentException.class);
        assertThat(CountryCode.of(" ru ").code()).isEqualTo("RU");
        assertThat(new CountryCode("DE").displayName(Locale.ENGLISH)).isEqualTo("Germany");
        assertThat(new CountryCode("DE").displayName(Locale.GERMAN)).isEqualTo("Deutschland");
        assertThat(CountryCode.all()).hasSizeGreaterThan(240);
    }

    @Test
    @WithUserDetails("planner")
    void an_edit_over_a_newer_version_is_refused() {
        Person created =
                people.create(someone("Versioned " + counter.incrementAndGet(), "Embassy", new CountryCode("FR")));
        Person changed = people.update(created.id(), created.toData(), created.version());

        assertThatThrownBy(() -> people.update(created.id(), created.toData(), created.version()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("planner changed this person");
        assertThat(people.update(created.id(), changed.toData(), changed.version())
                        .version())
                .isGreaterThan(changed.version());
    }

    @Test
    @WithUserDetails("planner")
    void people_are_found_by_email_ignoring_case() {
        String email = "attache" + counter.incrementAndGet() + "@embassy.example";
        Person created = people.create(new PersonData(
                "Attaché",
                null,
                null,
                new CountryCode("FR"),
                email,
                null,
                null,
                RIYADH,
                LocalTime.of(9, 0),
                LocalTime.of(17, 0),
                null));

        assertThat(people.findByEmail(email.toUpperCase(Locale.ROOT))).contains(people.get(created.id()));
        assertThat(people.findByEmail("nobody@nowhere.example")).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_the_directory_but_cannot_change_it() {
        assertThat(people.find(PersonFilter.byText(""), PageRequest.of(0, 5))).isNotNull();
        assertThatThrownBy(() -> people.create(someone("Nope", "Nope", new CountryCode("DE"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        venues.create(new VenueData("Nope", null, new CountryCode("DE"), null, RIYADH, 1), List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("planner")
    void venues_keep_their_rooms_and_are_found_by_name_or_city() {
        String marker = "Palace" + counter.incrementAndGet();
        Venue venue = venues.create(
                new VenueData(marker, "Riyadh", new CountryCode("SA"), "Diriyah", RIYADH, 300),
                List.of(new RoomData("Majlis", 120)));

        Venue withRoom = venues.addRoom(venue.id(), new RoomData("Room A", 30));

        assertThat(withRoom.rooms()).extracting(Room::name).containsExactly("Majlis", "Room A");
        assertThat(venues.find(marker.toLowerCase(Locale.ROOT), PageRequest.of(0, 10))
                        .getContent())
                .singleElement()
                .satisfies(v -> assertThat(v.rooms()).hasSize(2));
        assertThat(venues.getRoom(withRoom.rooms().get(1).id()))
                .hasValueSatisfying(r -> assertThat(r.venueId()).isEqualTo(venue.id()));
        assertThatThrownBy(() -> venues.addRoom(venue.id(), new RoomData("", -1)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Enter the room's name")
                .hasMessageContaining("Capacity cannot be negative");
    }

    private List<String> names(PersonFilter filter) {
        return people.find(filter, PageRequest.of(0, 50)).getContent().stream()
                .map(Person::fullName)
                .toList();
    }
}

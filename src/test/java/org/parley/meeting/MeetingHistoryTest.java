package org.parley.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.directory.Person;
import org.parley.directory.Venue;
import org.parley.security.SystemTask;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.Messages;
import org.parley.shared.NotFoundException;
import org.parley.shared.TimeLabels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class MeetingHistoryTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final CountryCode RU = new CountryCode("RU");
    private static final CountryCode US = new CountryCode("US");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    MeetingService meetings;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private Person minister;
    private Person secretary;
    private Person expert;
    private Person aide;
    // each test plans in its own year so that tests sharing the database never clash by accident
    private int year;

    @BeforeEach
    void people() {
        int n = counter.incrementAndGet();
        year = 2080 + n;
        minister = directory.person("History minister " + n, RU, MOSCOW);
        secretary = directory.person("History secretary " + n, US, NEW_YORK);
        expert = directory.person("History expert " + n, RU, MOSCOW);
        aide = directory.person("History aide " + n, US, NEW_YORK);
    }

    private LocalDateTime at(String monthDayTime) {
        return LocalDateTime.parse(year + "-" + monthDayTime);
    }

    private MeetingData call(
            String title,
            LocalDateTime start,
            Classification classification,
            List<DelegationData> delegations,
            List<AgendaItemData> agenda) {
        return MeetingDataBuilder.meeting(title)
                .kind(MeetingKind.PHONE_CALL)
                .at(start, start.plusHours(1), MOSCOW)
                .sides(US, RU)
                .classification(classification)
                .objectives("Keep channels open")
                .delegations(delegations)
                .agenda(agenda)
                .build();
    }

    private List<DelegationData> delegations(MemberData... usMembers) {
        return List.of(
                new DelegationData(
                        RU,
                        null,
                        true,
                        List.of(
                                new MemberData(minister.id(), MemberRole.HEAD),
                                new MemberData(expert.id(), MemberRole.EXPERT))),
                new DelegationData(US, null, false, List.of(usMembers)));
    }

    private static List<AgendaItemData> agenda(String... titles) {
        return java.util.Arrays.stream(titles)
                .map(t -> new AgendaItemData(t, "", 20))
                .toList();
    }

    /** Runs the work signed in as another test user, as a second planner would in their own session. */
    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static MeetingChange change(List<MeetingChange> history, String what) {
        return history.stream()
                .filter(c -> c.what().equals(what))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no change \"" + what + "\" in " + history));
    }

    @Test
    @WithUserDetails("planner")
    void every_change_to_the_meeting_its_delegations_and_agenda_is_recorded_field_by_field_with_who_and_when() {
        Instant beforeCreating = Instant.now().minusSeconds(1);
        MeetingDetails created = meetings.create(
                call(
                        "Ministers' call",
                        at("03-10T15:00"),
                        Classification.UNCLASSIFIED,
                        delegations(
                                new MemberData(secretary.id(), MemberRole.HEAD),
                                new MemberData(aide.id(), MemberRole.DELEGATE)),
                        agenda("Communication channels", "Unilateral sanctions", "Diplomatic missions")),
                false);
        Instant beforeChanging = Instant.now();
        // planner2 renames and moves the call, drops the middle agenda item and adds one, makes the aide the
        // note-taker and moves the expert from the Russian delegation to the American one
        MeetingData changed = call(
                "Ministers' call, moved",
                at("03-10T16:30"),
                Classification.UNCLASSIFIED,
                List.of(
                        new DelegationData(RU, null, true, List.of(new MemberData(minister.id(), MemberRole.HEAD))),
                        new DelegationData(
                                US,
                                null,
                                false,
                                List.of(
                                        new MemberData(secretary.id(), MemberRole.HEAD),
                                        new MemberData(aide.id(), MemberRole.NOTE_TAKER),
                                        new MemberData(expert.id(), MemberRole.EXPERT)))),
                agenda("Communication channels", "Diplomatic missions", "Consular staff"));
        as("planner2", () -> meetings.update(created.id(), changed, created.version(), Acknowledged.REAPPROVAL));
        Instant afterChanging = Instant.now().plusSeconds(1);

        List<MeetingChange> history = meetings.history(created.id());

        MeetingChange update = history.getFirst();
        assertThat(update.username()).isEqualTo("planner2");
        assertThat(update.at()).isBetween(beforeChanging.minusMillis(1), afterChanging);
        List<MeetingChange> updates =
                history.stream().filter(c -> c.revision() == update.revision()).toList();
        assertThat(updates)
                .extracting(MeetingChange::what)
                .containsExactly(
                        "Meeting changed",
                        "Member changed: " + aide.fullName() + " (United States)",
                        "Member moved: " + expert.fullName(),
                        "Agenda item removed: Unilateral sanctions",
                        "Agenda item changed: Diplomatic missions",
                        "Agenda item added: Consular staff");
        assertThat(change(updates, "Meeting changed").changes())
                .containsExactly(
                        new FieldChange("Title", "Ministers' call", "Ministers' call, moved"),
                        new FieldChange("Start", moscowTime("03-10T15:00"), moscowTime("03-10T16:30")),
                        new FieldChange("End", moscowTime("03-10T16:00"), moscowTime("03-10T17:30")));
        assertThat(change(updates, "Member changed: " + aide.fullName() + " (United States)")
                        .changes())
                .containsExactly(new FieldChange("Role", "Delegate", "Note-taker"));
        assertThat(change(updates, "Member moved: " + expert.fullName()).changes())
                .contains(new FieldChange("Delegation", "Russia", "United States"));
        assertThat(change(updates, "Agenda item changed: Diplomatic missions").changes())
                .containsExactly(new FieldChange("Order", "3", "2"));
        assertThat(change(updates, "Agenda item removed: Unilateral sanctions").changes())
                .contains(
                        new FieldChange("Title", "Unilateral sanctions", null),
                        new FieldChange("Planned minutes", "20", null));
        assertThat(change(updates, "Agenda item added: Consular staff").changes())
                .contains(new FieldChange("Title", null, "Consular staff"), new FieldChange("Order", null, "3"));

        List<MeetingChange> creation =
                history.stream().filter(c -> c.revision() != update.revision()).toList();
        assertThat(creation).allSatisfy(c -> {
            assertThat(c.username()).isEqualTo("planner");
            assertThat(c.at()).isBetween(beforeCreating, beforeChanging);
        });
        assertThat(change(creation, "Meeting created").changes())
                .contains(
                        new FieldChange("Title", null, "Ministers' call"),
                        new FieldChange("Kind", null, "Phone call"),
                        new FieldChange("Classification", null, "Unclassified"),
                        new FieldChange("Initiative", null, "United States"));
        assertThat(creation)
                .extracting(MeetingChange::what)
                .contains(
                        "Delegation added: Russia",
                        "Delegation added: United States",
                        "Member added: " + minister.fullName() + " (Russia)",
                        "Agenda item added: Communication channels",
                        "Agenda item added: Unilateral sanctions");
        assertThat(history.getLast().revision()).isLessThan(update.revision());
    }

    /** A time as the history writes it: in the meeting's zone, "Tue 10 Mar 2081, 15:00 (Europe/Moscow)". */
    private String moscowTime(String monthDayTime) {
        return TimeLabels.dayAndTime(at(monthDayTime).atZone(MOSCOW).toInstant(), MOSCOW) + " (Europe/Moscow)";
    }

    @Test
    @WithUserDetails("planner")
    void correcting_an_agenda_items_title_in_place_is_a_change_of_that_item() {
        MeetingDetails created = meetings.create(
                call(
                        "Typo",
                        at("04-01T10:00"),
                        Classification.UNCLASSIFIED,
                        delegations(new MemberData(secretary.id(), MemberRole.HEAD)),
                        agenda("Sanctoins", "Embassies")),
                false);
        MeetingData corrected = call(
                "Typo",
                at("04-01T10:00"),
                Classification.UNCLASSIFIED,
                delegations(new MemberData(secretary.id(), MemberRole.HEAD)),
                agenda("Sanctions", "Embassies"));

        MeetingDetails updated = meetings.update(created.id(), corrected, created.version(), Acknowledged.REAPPROVAL);

        assertThat(updated.agenda().getFirst().id())
                .isEqualTo(created.agenda().getFirst().id());
        MeetingChange latest = meetings.history(created.id()).getFirst();
        assertThat(latest.what()).isEqualTo("Agenda item changed: Sanctions");
        assertThat(latest.changes()).containsExactly(new FieldChange("Title", "Sanctoins", "Sanctions"));
    }

    @Test
    @WithUserDetails("planner")
    void venues_and_rooms_are_named_and_an_unchanged_save_adds_nothing() {
        Venue hotel = directory.venue("History hotel " + counter.incrementAndGet(), BERLIN, "Salon A", "Salon B");
        MeetingData inSalonA = MeetingDataBuilder.meeting("Experts")
                .kind(MeetingKind.EXPERT_MEETING)
                .at(at("05-01T10:00"), at("05-01T11:00"), BERLIN)
                .venue(hotel.id())
                .room(hotel.rooms().get(0).id())
                .delegations(delegations(new MemberData(secretary.id(), MemberRole.HEAD)))
                .agenda(agenda("Work plan"))
                .build();
        MeetingDetails created = meetings.create(inSalonA, true);
        MeetingDetails same = meetings.update(
                created.id(), inSalonA, created.version(), Acknowledged.CONFLICTS, Acknowledged.REAPPROVAL);
        int afterUnchangedSave = meetings.history(created.id()).size();
        MeetingData inSalonB = MeetingDataBuilder.meeting("Experts")
                .kind(MeetingKind.EXPERT_MEETING)
                .at(at("05-01T10:00"), at("05-01T11:00"), BERLIN)
                .venue(hotel.id())
                .room(hotel.rooms().get(1).id())
                .delegations(delegations(new MemberData(secretary.id(), MemberRole.HEAD)))
                .agenda(agenda("Work plan"))
                .build();

        meetings.update(created.id(), inSalonB, same.version(), Acknowledged.CONFLICTS, Acknowledged.REAPPROVAL);

        List<MeetingChange> history = meetings.history(created.id());
        assertThat(history).hasSize(afterUnchangedSave + 1);
        assertThat(history.getFirst().changes()).containsExactly(new FieldChange("Room", "Salon A", "Salon B"));
        assertThat(change(history, "Meeting created").changes()).contains(new FieldChange("Venue", null, hotel.name()));
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_without_clearance_cannot_read_a_hidden_meetings_history() {
        MeetingId hidden = as(
                        "planner",
                        () -> meetings.create(
                                call(
                                        "Confidential call",
                                        at("06-01T10:00"),
                                        Classification.CONFIDENTIAL,
                                        delegations(new MemberData(secretary.id(), MemberRole.HEAD)),
                                        agenda("Channels")),
                                false))
                .id();

        assertThatThrownBy(() -> meetings.history(hidden))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Meeting");
        assertThat(as("planner", () -> meetings.history(hidden))).isNotEmpty();
    }

    @Test
    @WithUserDetails("planner")
    void what_was_saved_while_the_meeting_was_classified_above_the_readers_clearance_is_withheld() {
        MeetingDetails secret = SystemTask.runAsSystem(() -> meetings.create(
                call(
                        "Secret channel",
                        at("07-01T10:00"),
                        Classification.SECRET,
                        delegations(new MemberData(secretary.id(), MemberRole.HEAD)),
                        agenda("Back channel")),
                false));
        SystemTask.runAsSystem(() -> meetings.update(
                secret.id(),
                call(
                        "Open channel",
                        at("07-01T10:00"),
                        Classification.CONFIDENTIAL,
                        delegations(new MemberData(secretary.id(), MemberRole.HEAD)),
                        agenda("Back channel")),
                secret.version(),
                Acknowledged.REAPPROVAL));

        List<MeetingChange> history = meetings.history(secret.id());

        assertThat(history).hasSize(2);
        assertThat(history.getFirst().username()).isEqualTo("system");
        assertThat(history.getFirst().changes())
                .containsExactly(
                        new FieldChange("Title", Messages.english(MeetingHistory.WITHHELD), "Open channel"),
                        new FieldChange("Classification", Messages.english(MeetingHistory.WITHHELD), "Confidential"));
        assertThat(history.getLast().what()).isEqualTo("Changed while the meeting was classified above your clearance");
        assertThat(history.getLast().changes()).isEmpty();
        assertThat(history).noneSatisfy(c -> assertThat(c.toString()).contains("Secret channel"));
        // someone cleared for secret sees it all
        assertThat(as("approver", () -> meetings.history(secret.id())))
                .anySatisfy(c -> assertThat(c.changes()).contains(new FieldChange("Title", null, "Secret channel")));
    }

    @Test
    @WithUserDetails("planner")
    void a_meeting_from_before_the_history_was_kept_starts_with_its_state_on_record() {
        MeetingDetails old = meetings.create(
                call(
                        "Old call",
                        at("08-01T10:00"),
                        Classification.UNCLASSIFIED,
                        delegations(new MemberData(secretary.id(), MemberRole.HEAD)),
                        agenda("Channels")),
                false);
        long start = meetings.history(old.id()).getFirst().revision();
        // the state V5 records for meetings saved before it ran, as if this meeting had been one of them
        jdbc.update("update meeting_revision set username = 'history-started' where id = ?", start);
        meetings.update(
                old.id(),
                call(
                        "Old call",
                        at("08-01T10:00"),
                        Classification.UNCLASSIFIED,
                        delegations(new MemberData(secretary.id(), MemberRole.HEAD)),
                        agenda("Channels", "Embassies")),
                old.version(),
                Acknowledged.REAPPROVAL);

        List<MeetingChange> history = meetings.history(old.id());

        assertThat(history.getFirst().what()).isEqualTo("Agenda item added: Embassies");
        assertThat(history.stream().filter(c -> c.revision() == start))
                .extracting(MeetingChange::what)
                .contains("Meeting on record", "Delegation on record: Russia", "Agenda item on record: Channels")
                .allSatisfy(what -> assertThat(what).doesNotContain("created", "added"));
    }
}

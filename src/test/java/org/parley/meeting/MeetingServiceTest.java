package org.parley.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.directory.Person;
import org.parley.directory.Venue;
import org.parley.security.SystemTask;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.parley.shared.TimeLabels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class MeetingServiceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final CountryCode US = new CountryCode("US");
    private static final CountryCode RU = new CountryCode("RU");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    MeetingService meetings;

    @Autowired
    DirectoryFixture directory;

    private Person lavrov;
    private Person rubio;
    private Person expert;
    private Venue hotel;
    // each test plans in its own year so that tests sharing the database never clash by accident
    private int year;

    @BeforeEach
    void people() {
        int n = counter.incrementAndGet();
        year = 2040 + n;
        lavrov = directory.person("Sergey Minister " + n, RU, MOSCOW);
        rubio = directory.person("Marco Secretary " + n, US, NEW_YORK);
        expert = directory.person("Expert " + n, RU, MOSCOW);
        hotel = directory.venue("Bayerischer Hof " + n, BERLIN, "Room A", "Room B");
    }

    private LocalDateTime at(String monthDayTime) {
        return LocalDateTime.parse(year + "-" + monthDayTime);
    }

    private MeetingData call(String title, LocalDateTime start, int minutes, Person... moscowThenWashington) {
        return MeetingDataBuilder.meeting(title)
                .kind(MeetingKind.PHONE_CALL)
                .at(start, start.plusMinutes(minutes), MOSCOW)
                .sides(US, RU)
                .objectives("Keep channels open")
                .delegations(List.of(
                        new DelegationData(
                                RU,
                                "Ministry of Foreign Affairs",
                                true,
                                List.of(new MemberData(moscowThenWashington[0].id(), MemberRole.HEAD))),
                        new DelegationData(
                                US,
                                "Department of State",
                                false,
                                List.of(new MemberData(moscowThenWashington[1].id(), MemberRole.HEAD)))))
                .agenda(List.of(
                        new AgendaItemData("Communication channels", "", 20),
                        new AgendaItemData("Unilateral sanctions", "", 20),
                        new AgendaItemData("Diplomatic missions", "Restrictions since 2016", 20)))
                .build();
    }

    private MeetingData inRoom(MeetingData data, int roomIndex) {
        return MeetingDataBuilder.meeting(data.title())
                .kind(MeetingKind.EXPERT_MEETING)
                .at(data.start(), data.end(), BERLIN)
                .venue(hotel.id())
                .room(hotel.rooms().get(roomIndex).id())
                .sides(data.initiatingSide(), data.hostSide())
                .classification(data.classification())
                .objectives(data.objectives())
                .delegations(data.delegations())
                .agenda(data.agenda())
                .build();
    }

    private MeetingData classified(MeetingData data, Classification classification) {
        return MeetingDataBuilder.from(data)
                .classification(classification)
                .conference(null)
                .followUpOf(null)
                .build();
    }

    @Test
    @WithUserDetails("planner")
    void a_planner_plans_a_call_with_two_delegations_and_an_agenda() {
        MeetingDetails saved = meetings.create(call("Ministers' call", at("03-10T15:00"), 90, lavrov, rubio), false);

        MeetingDetails read = meetings.get(saved.id());
        assertThat(read.title()).isEqualTo("Ministers' call");
        assertThat(read.status()).isEqualTo(MeetingStatus.DRAFT);
        assertThat(read.start()).isEqualTo(at("03-10T15:00").atZone(MOSCOW).toInstant());
        assertThat(read.delegations()).extracting(DelegationDetails::country).containsExactly(RU, US);
        assertThat(read.delegations().getFirst().head())
                .hasValueSatisfying(head -> assertThat(head.name()).isEqualTo(lavrov.fullName()));
        assertThat(read.agenda())
                .extracting(AgendaItemDetails::title)
                .containsExactly("Communication channels", "Unilateral sanctions", "Diplomatic missions");
        assertThat(read.createdBy()).isEqualTo("planner");
        assertThat(read.initiatingSide()).isEqualTo(US);
    }

    @Test
    @WithUserDetails("planner")
    void local_times_on_a_daylight_saving_day_in_europe_become_the_right_instants() {
        // clocks go forward in Europe on the last Sunday of March at 02:00
        LocalDateTime dstSunday = LocalDateTime.of(year, 3, 31, 10, 0)
                .with(java.time.temporal.TemporalAdjusters.lastInMonth(java.time.DayOfWeek.SUNDAY));
        MeetingData data = inRoom(call("DST day", dstSunday, 60, lavrov, rubio), 0);

        MeetingDetails saved = meetings.create(data, true);

        assertThat(saved.start()).isEqualTo(dstSunday.atZone(BERLIN).toInstant());
        assertThat(saved.start().atZone(BERLIN).getOffset().getTotalSeconds()).isEqualTo(7200);
        MeetingData dayBefore = inRoom(call("Day before", dstSunday.minusDays(1), 60, expert, rubio), 1);
        MeetingDetails before = meetings.create(dayBefore, true);
        assertThat(java.time.Duration.between(before.start(), saved.start()).toHours())
                .isEqualTo(23);
    }

    @Test
    @WithUserDetails("planner")
    void a_start_that_does_not_exist_because_the_clocks_change_is_refused() {
        LocalDateTime dstSunday = LocalDateTime.of(year, 3, 31, 2, 30)
                .with(java.time.temporal.TemporalAdjusters.lastInMonth(java.time.DayOfWeek.SUNDAY));
        MeetingData data = inRoom(call("Phantom", dstSunday, 60, lavrov, rubio), 0);

        assertThatThrownBy(() -> meetings.create(data, true))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("does not exist in that time zone");
    }

    @Test
    @WithUserDetails("planner")
    void a_meeting_in_india_keeps_its_half_hour_offset_and_warns_about_working_hours_abroad() {
        Venue delhi = directory.venue("Hyderabad House " + counter.incrementAndGet(), KOLKATA, "Main hall");
        MeetingData data = MeetingDataBuilder.meeting("Delhi consultations")
                .kind(MeetingKind.EXPERT_MEETING)
                .at(at("05-12T10:00"), at("05-12T11:30"), KOLKATA)
                .venue(delhi.id())
                .delegations(List.of(
                        new DelegationData(
                                new CountryCode("IN"),
                                null,
                                false,
                                List.of(new MemberData(
                                        directory
                                                .person("Indian expert " + year, new CountryCode("IN"), KOLKATA)
                                                .id(),
                                        MemberRole.HEAD))),
                        new DelegationData(US, null, false, List.of(new MemberData(rubio.id(), MemberRole.HEAD)))))
                .build();

        MeetingDetails saved = meetings.create(data, false);

        assertThat(saved.start())
                .isEqualTo(java.time.OffsetDateTime.parse(year + "-05-12T04:30:00Z")
                        .toInstant());
        assertThat(TimeLabels.startAcross(saved.start(), List.of(KOLKATA, NEW_YORK)))
                .isEqualTo("10:00 Kolkata \u00b7 00:30 New York");
        assertThat(meetings.conflictsOf(saved.id()))
                .filteredOn(c -> c instanceof Conflict.OutsideWorkingHours)
                .singleElement()
                .satisfies(c -> assertThat(c.message())
                        .contains(rubio.fullName())
                        .contains("00:30")
                        .contains("local time (New York)")
                        .contains("outside working hours 09:00\u201318:00"));
    }

    private List<String> workingHourWarningsFor(Person person, LocalDateTime start, LocalDateTime end) {
        MeetingData data = call("Hours", start, 60, lavrov, rubio);
        MeetingData longer = new MeetingData(
                data.title(),
                data.kind(),
                data.tier(),
                data.format(),
                start,
                end,
                data.timeZone(),
                null,
                null,
                null,
                null,
                data.classification(),
                "",
                null,
                null,
                data.delegations(),
                List.of());
        return meetings.checkConflicts(null, longer).stream()
                .filter(c -> c instanceof Conflict.OutsideWorkingHours outside
                        && outside.person().equals(person.id()))
                .map(Conflict::message)
                .toList();
    }

    @Test
    @WithUserDetails("planner")
    void a_meeting_over_several_working_days_within_the_hours_of_each_draws_no_working_hours_warning() {
        java.time.LocalDate tuesday = java.time.LocalDate.of(year, 3, 1)
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.TUESDAY));

        assertThat(workingHourWarningsFor(
                        lavrov, tuesday.atTime(9, 0), tuesday.plusDays(2).atTime(18, 0)))
                .isEmpty();
        assertThat(workingHourWarningsFor(
                        lavrov, tuesday.atTime(17, 0), tuesday.plusDays(1).atTime(1, 0)))
                .singleElement()
                .asString()
                .contains("17:00 \u2013 ")
                .contains(" 01:00 local time (Moscow)");
    }

    @Test
    @WithUserDetails("planner")
    void a_meeting_on_a_saturday_is_outside_working_hours_and_the_warning_says_which_days_are_worked() {
        java.time.LocalDate saturday = java.time.LocalDate.of(year, 3, 1)
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SATURDAY));

        assertThat(workingHourWarningsFor(lavrov, saturday.atTime(10, 0), saturday.atTime(11, 0)))
                .containsExactly(lavrov.fullName() + ": Sat " + saturday.getDayOfMonth() + " Mar 10:00\u201311:00 "
                        + "local time (Moscow), outside working hours 09:00\u201318:00, Mon\u2013Fri");
    }

    @Test
    @WithUserDetails("planner")
    void validation_explains_each_mistake() {
        MeetingData good = call("Fine", at("04-01T10:00"), 60, lavrov, rubio);
        MeetingData bad = MeetingDataBuilder.meeting("")
                .kind(good.kind())
                .tier(good.tier())
                .format(good.format())
                .at(good.start(), good.start().minusMinutes(30), good.timeZone())
                .classification(good.classification())
                .delegations(List.of(
                        new DelegationData(RU, null, true, List.of(new MemberData(lavrov.id(), MemberRole.DELEGATE))),
                        new DelegationData(US, null, false, List.of(new MemberData(lavrov.id(), MemberRole.HEAD)))))
                .build();

        assertThatThrownBy(() -> meetings.create(bad, false))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Give the meeting a title")
                .hasMessageContaining("The end must be after the start")
                .hasMessageContaining("Each delegation needs exactly one head of delegation")
                .hasMessageContaining("A person can be in only one delegation of a meeting");

        MeetingData oneSide = MeetingDataBuilder.meeting("x".repeat(MeetingData.TITLE_MAX_LENGTH + 1))
                .kind(good.kind())
                .tier(good.tier())
                .format(good.format())
                .at(good.start(), good.end(), good.timeZone())
                .classification(good.classification())
                .delegations(good.delegations().subList(0, 1))
                .build();
        assertThatThrownBy(() -> meetings.create(oneSide, false))
                .hasMessageContaining("A title has at most 200 characters")
                .hasMessageContaining("A meeting has at least two delegations");
    }

    @Test
    @WithUserDetails("planner")
    void a_person_in_an_overlapping_meeting_needs_an_acknowledgement() {
        MeetingDetails first = meetings.create(call("First call", at("06-01T10:00"), 60, lavrov, rubio), false);
        MeetingData second = call("Second call", at("06-01T10:30"), 60, lavrov, expert);

        assertThat(meetings.checkConflicts(null, second))
                .filteredOn(c -> c instanceof Conflict.PersonBusy)
                .singleElement()
                .isInstanceOfSatisfying(Conflict.PersonBusy.class, busy -> {
                    assertThat(busy.otherMeeting()).isEqualTo(first.id());
                    assertThat(busy.message())
                            .isEqualTo(lavrov.fullName() + " is already in \u201cFirst call\u201d at that time");
                });
        assertThatThrownBy(() -> meetings.create(second, false))
                .isInstanceOf(ConflictsNeedAcknowledgementException.class);

        MeetingDetails saved = meetings.create(second, true);
        assertThat(saved.title()).isEqualTo("Second call");
        // back to back is no conflict
        assertThat(meetings.checkConflicts(null, call("Later", at("06-01T11:30"), 30, lavrov, rubio)))
                .noneMatch(c -> c instanceof Conflict.PersonBusy);
    }

    @Test
    @WithUserDetails("planner")
    void a_clash_with_a_meeting_above_the_planners_clearance_says_only_busy() {
        MeetingData secret =
                classified(call("Back channel", at("07-01T10:00"), 60, lavrov, rubio), Classification.SECRET);
        MeetingId hidden =
                SystemTask.runAsSystem(() -> meetings.create(secret, false)).id();

        List<Conflict> conflicts =
                meetings.checkConflicts(null, call("Open call", at("07-01T10:15"), 30, lavrov, expert));

        assertThat(conflicts)
                .filteredOn(c -> c instanceof Conflict.PersonBusy)
                .singleElement()
                .isInstanceOfSatisfying(Conflict.PersonBusy.class, busy -> {
                    assertThat(busy.otherMeeting()).isNull();
                    assertThat(busy.otherTitle()).isNull();
                    assertThat(busy.message())
                            .isEqualTo(lavrov.fullName() + " is busy at that time")
                            .doesNotContain("Back channel");
                });
        assertThatThrownBy(() -> meetings.get(hidden))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Meeting not found");
    }

    @Test
    @WithUserDetails("planner")
    void a_double_booked_room_cannot_be_saved_even_when_acknowledged() {
        meetings.create(inRoom(call("Room taken", at("08-01T10:00"), 60, lavrov, rubio), 0), false);
        MeetingData clash = inRoom(
                call("Room wanted", at("08-01T10:30"), 60, expert, directory.person("Other " + year, US, NEW_YORK)), 0);

        assertThat(meetings.checkConflicts(null, clash))
                .anyMatch(c -> c instanceof Conflict.RoomBooked && c.severity() == Conflict.Severity.BLOCKING);
        assertThatThrownBy(() -> meetings.create(clash, true))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Room A is already booked for \u201cRoom taken\u201d");
        assertThat(meetings.create(inRoom(clash, 1), true).title()).isEqualTo("Room wanted");
    }

    @Test
    @WithUserDetails("planner")
    void saving_over_someone_elses_newer_version_is_refused_with_their_name() {
        MeetingDetails created = meetings.create(call("Shared draft", at("09-01T10:00"), 60, lavrov, rubio), false);
        MeetingData changed = call("Shared draft, revised", at("09-01T10:00"), 60, lavrov, rubio);
        MeetingDetails theirs = SystemTask.runAsSystem(
                () -> meetings.update(created.id(), changed, created.version(), Acknowledged.REAPPROVAL));

        MeetingData mine = call("Shared draft, mine", at("09-01T11:00"), 60, lavrov, rubio);
        assertThatThrownBy(() -> meetings.update(created.id(), mine, created.version(), Acknowledged.REAPPROVAL))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, stale -> {
                    assertThat(stale.changedBy()).isEqualTo("system");
                    assertThat(stale.currentVersion()).isEqualTo(theirs.version());
                });
        assertThat(meetings.get(created.id()).title()).isEqualTo("Shared draft, revised");

        assertThat(meetings.update(created.id(), mine, theirs.version(), Acknowledged.REAPPROVAL)
                        .title())
                .isEqualTo("Shared draft, mine");
    }

    @Test
    @WithUserDetails("planner")
    void a_person_can_move_between_delegations_and_agenda_items_can_be_reordered() {
        MeetingDetails created = meetings.create(call("Reshuffle", at("10-01T10:00"), 60, lavrov, rubio), false);
        MeetingData moved = MeetingDataBuilder.meeting(created.title())
                .kind(created.kind())
                .tier(created.tier())
                .format(created.format())
                .at(at("10-01T10:00"), at("10-01T11:00"), MOSCOW)
                .sides(US, RU)
                .delegations(List.of(
                        new DelegationData(RU, null, true, List.of(new MemberData(expert.id(), MemberRole.HEAD))),
                        new DelegationData(
                                US,
                                null,
                                false,
                                List.of(
                                        new MemberData(rubio.id(), MemberRole.HEAD),
                                        new MemberData(lavrov.id(), MemberRole.INTERPRETER)))))
                .agenda(List.of(
                        new AgendaItemData("Diplomatic missions", "", 30), new AgendaItemData("Channels", "", 30)))
                .build();

        MeetingDetails updated = meetings.update(created.id(), moved, created.version(), Acknowledged.REAPPROVAL);

        assertThat(updated.delegations().get(1).members())
                .extracting(MemberDetails::name)
                .containsExactly(rubio.fullName(), lavrov.fullName());
        assertThat(updated.agenda())
                .extracting(AgendaItemDetails::title)
                .containsExactly("Diplomatic missions", "Channels");
        assertThat(updated.version()).isGreaterThan(created.version());
    }

    @Test
    @WithUserDetails("planner2")
    void a_planner_cannot_classify_a_meeting_above_their_own_clearance() {
        MeetingData confidential =
                classified(call("Too high", at("11-01T10:00"), 60, lavrov, rubio), Classification.CONFIDENTIAL);

        assertThatThrownBy(() -> meetings.create(confidential, false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("above your own clearance");
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_cannot_plan_meetings() {
        assertThatThrownBy(() -> meetings.create(call("Nope", at("11-02T10:00"), 60, lavrov, rubio), false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("planner2")
    void an_earlier_meeting_above_the_callers_clearance_does_not_show_at_all_and_editing_keeps_the_link() {
        MeetingId earlier = SystemTask.runAsSystem(() -> meetings.create(
                        classified(
                                call("Confidential earlier call", at("11-01T10:00"), 60, lavrov, rubio),
                                Classification.CONFIDENTIAL),
                        false))
                .id();
        MeetingData followUpData = call("Restricted follow-up", at("11-08T10:00"), 60, expert, rubio);
        MeetingData followUp = new MeetingData(
                followUpData.title(),
                followUpData.kind(),
                followUpData.tier(),
                followUpData.format(),
                followUpData.start(),
                followUpData.end(),
                followUpData.timeZone(),
                null,
                null,
                null,
                null,
                Classification.RESTRICTED,
                "First version",
                null,
                earlier,
                followUpData.delegations(),
                followUpData.agenda());
        MeetingId id =
                SystemTask.runAsSystem(() -> meetings.create(followUp, false)).id();

        MeetingDetails seen = meetings.get(id);
        assertThat(seen.followUpOf()).isNull();
        assertThat(meetings.chain(id).ledTo()).isEmpty();
        assertThat(meetings.history(id))
                .flatExtracting(MeetingChange::changes)
                .noneMatch(change -> change.field().equals("Follow-up of"));

        MeetingData edited = new MeetingData(
                seen.title(),
                seen.kind(),
                seen.tier(),
                seen.format(),
                seen.toData().start(),
                seen.toData().end(),
                seen.timeZone(),
                null,
                null,
                null,
                null,
                seen.classification(),
                "Second version",
                null,
                seen.toData().followUpOf(),
                seen.toData().delegations(),
                seen.toData().agenda());
        meetings.update(id, edited, seen.version(), Acknowledged.CONFLICTS);

        MeetingDetails asPlanner = SystemTask.runAsSystem(() -> meetings.get(id));
        assertThat(asPlanner.objectives()).isEqualTo("Second version");
        assertThat(asPlanner.followUpOf())
                .isNotNull()
                .extracting(MeetingRef::id)
                .isEqualTo(earlier);
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_never_sees_a_meeting_above_their_clearance_on_any_read_path() {
        String marker = "Clearance probe " + counter.incrementAndGet();
        MeetingId restricted = SystemTask.runAsSystem(() -> meetings.create(
                        classified(
                                call(marker + " restricted", at("12-01T10:00"), 60, lavrov, rubio),
                                Classification.RESTRICTED),
                        false))
                .id();
        MeetingId open = SystemTask.runAsSystem(
                        () -> meetings.create(call(marker + " open", at("12-02T10:00"), 60, lavrov, rubio), false))
                .id();

        MeetingFilter byText = MeetingFilter.all().withText(marker);
        assertThat(meetings.find(byText, PageRequest.of(0, 50)).getContent())
                .extracting(MeetingSummary::id)
                .containsExactly(open);
        assertThat(meetings.count(byText)).isEqualTo(1);
        String missing = catchMessage(() -> meetings.get(new MeetingId(Long.MAX_VALUE)));
        assertThat(catchMessage(() -> meetings.get(restricted))).isEqualTo(missing);
        assertThat(catchMessage(() -> meetings.conflictsOf(restricted))).isEqualTo(missing);
        assertThat(meetings.get(open).title()).endsWith("open");
    }

    @Test
    @WithUserDetails("planner")
    void the_meetings_list_filters_in_the_database() {
        String marker = "Filter probe " + counter.incrementAndGet();
        meetings.create(call(marker + " call", at("12-10T10:00"), 60, lavrov, rubio), false);
        Person germanExpert = directory.person("German expert " + year, new CountryCode("DE"), BERLIN);
        MeetingData berlin = inRoom(call(marker + " experts", at("12-11T10:00"), 60, expert, germanExpert), 0);
        meetings.create(
                MeetingDataBuilder.meeting(berlin.title())
                        .kind(berlin.kind())
                        .tier(berlin.tier())
                        .format(berlin.format())
                        .at(berlin.start(), berlin.end(), berlin.timeZone())
                        .venue(berlin.venue())
                        .room(berlin.room())
                        .delegations(List.of(
                                new DelegationData(
                                        RU, null, false, List.of(new MemberData(expert.id(), MemberRole.HEAD))),
                                new DelegationData(
                                        new CountryCode("DE"),
                                        null,
                                        true,
                                        List.of(new MemberData(germanExpert.id(), MemberRole.HEAD)))))
                        .build(),
                false);

        MeetingFilter all = MeetingFilter.all().withText(marker.toUpperCase());
        assertThat(titles(all)).containsExactly(marker + " call", marker + " experts");
        assertThat(titles(new MeetingFilter(marker, MeetingKind.EXPERT_MEETING, null, null, null, null, null, null)))
                .containsExactly(marker + " experts");
        assertThat(titles(
                        new MeetingFilter(marker, null, Tier.MINISTERIAL, MeetingStatus.DRAFT, null, null, null, null)))
                .containsExactly(marker + " call");
        assertThat(titles(new MeetingFilter(marker, null, null, null, null, null, US, null)))
                .containsExactly(marker + " call");
        Instant dayTwo = at("12-11T00:00").atZone(BERLIN).toInstant();
        assertThat(titles(new MeetingFilter(marker, null, null, null, dayTwo, dayTwo.plusSeconds(86400), null, null)))
                .containsExactly(marker + " experts");
        assertThat(titles(new MeetingFilter(marker, null, null, MeetingStatus.APPROVED, null, null, null, null)))
                .isEmpty();
    }

    private List<String> titles(MeetingFilter filter) {
        return meetings.find(filter, PageRequest.of(0, 50)).getContent().stream()
                .map(MeetingSummary::title)
                .toList();
    }

    private static String catchMessage(Runnable call) {
        try {
            call.run();
            return "no exception";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}

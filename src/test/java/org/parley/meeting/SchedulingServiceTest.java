package org.parley.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.MutableClock;
import org.parley.ParleyTest;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.directory.PersonId;
import org.parley.security.SystemTask;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
@WithUserDetails("planner")
class SchedulingServiceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime SIX_PM = LocalTime.of(18, 0);
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    SchedulingService scheduling;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingWorkflow workflow;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    MutableClock clock;

    private int n;
    // each test searches its own year so that tests sharing the database never see each other's meetings
    private int year;
    private Person counterpart;

    @BeforeEach
    void setUp() {
        n = counter.incrementAndGet();
        year = 2300 + n;
        clock.set(Instant.parse((year - 1) + "-12-01T00:00:00Z"));
        counterpart = person("Counterpart", UTC, NINE, SIX_PM);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Person person(String name, ZoneId zone, LocalTime workdayStart, LocalTime workdayEnd) {
        return directory.person(new PersonData(
                name + " " + n,
                null,
                null,
                new CountryCode("DE"),
                null,
                null,
                null,
                zone,
                workdayStart,
                workdayEnd,
                null));
    }

    /** A winter weekday: Berlin is UTC+1, Moscow UTC+3, New York UTC−5. */
    private LocalDate winterDay() {
        return LocalDate.of(year, 2, 10).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    }

    private MeetingDetails meetingWith(
            String title, Classification classification, LocalDateTime start, LocalDateTime end, Person... people) {
        List<MemberData> ours = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            ours.add(new MemberData(people[i].id(), i == 0 ? MemberRole.HEAD : MemberRole.DELEGATE));
        }
        MeetingData data = MeetingDataBuilder.meeting(title)
                .kind(MeetingKind.EXPERT_MEETING)
                .format(MeetingFormat.VIRTUAL)
                .at(start, end, BERLIN)
                .classification(classification)
                .delegations(List.of(
                        new DelegationData(new CountryCode("DE"), null, true, ours),
                        new DelegationData(
                                new CountryCode("US"),
                                null,
                                false,
                                List.of(new MemberData(counterpart.id(), MemberRole.HEAD)))))
                .build();
        return classification == Classification.SECRET
                ? SystemTask.runAsSystem(() -> meetings.create(data, true))
                : meetings.create(data, true);
    }

    private static SlotRequest request(
            LocalDate from, LocalDate to, String earliest, String latest, int minutes, Person... people) {
        Set<PersonId> ids = new LinkedHashSet<>();
        for (Person person : people) {
            ids.add(person.id());
        }
        return new SlotRequest(
                ids, Duration.ofMinutes(minutes), from, to, BERLIN, LocalTime.parse(earliest), LocalTime.parse(latest));
    }

    private static List<LocalDateTime> berlinStarts(SlotProposals found) {
        return found.proposals().stream()
                .map(p -> LocalDateTime.ofInstant(p.start(), BERLIN))
                .toList();
    }

    @Test
    void busy_people_rule_out_the_times_they_are_taken_and_back_to_back_is_fine() {
        Person berliner = person("Berliner", BERLIN, NINE, SIX_PM);
        Person muscovite = person("Muscovite", MOSCOW, NINE, SIX_PM);
        LocalDate day = winterDay();
        meetingWith("Taken " + n, Classification.UNCLASSIFIED, day.atTime(10, 0), day.atTime(11, 0), berliner);

        SlotProposals found = scheduling.findSlots(
                request(day, day, "09:00", "12:00", 60, berliner, muscovite).withStep(Duration.ofMinutes(30)));

        assertThat(berlinStarts(found))
                .containsExactly(day.atTime(9, 0), day.atTime(11, 0), day.atTime(11, 30), day.atTime(12, 0));
        assertThat(found.proposals()).allSatisfy(p -> {
            assertThat(p.peopleOutsideHours()).isZero();
            assertThat(Duration.between(p.start(), p.end())).isEqualTo(Duration.ofMinutes(60));
        });
        assertThat(found.explanation())
                .startsWith("4 of 7 possible starts between 09:00 and 12:00 on " + day.getDayOfMonth() + " Feb " + year
                        + " (Europe/Berlin) have everyone free.");
    }

    @Test
    void a_cancelled_meeting_and_the_meeting_being_edited_leave_their_people_free() {
        Person berliner = person("Berliner", BERLIN, NINE, SIX_PM);
        LocalDate day = winterDay();
        MeetingDetails cancelled = meetingWith(
                "Called off " + n, Classification.UNCLASSIFIED, day.atTime(10, 0), day.atTime(11, 0), berliner);
        workflow.moveTo(cancelled.id(), MeetingStatus.CANCELLED);
        MeetingDetails edited = meetingWith(
                "Being moved " + n, Classification.UNCLASSIFIED, day.atTime(9, 0), day.atTime(10, 0), berliner);
        SlotRequest request = request(day, day, "09:00", "12:00", 60, berliner).withStep(Duration.ofMinutes(30));

        assertThat(berlinStarts(scheduling.findSlots(request)))
                .doesNotContain(day.atTime(9, 0), day.atTime(9, 30))
                .contains(day.atTime(10, 0), day.atTime(10, 30));
        assertThat(scheduling.findSlots(request.ignoring(edited.id())).proposals())
                .hasSize(7);
    }

    @Test
    void a_meeting_above_the_planners_clearance_blocks_its_time_without_giving_anything_away() {
        Person berliner = person("Berliner", BERLIN, NINE, SIX_PM);
        LocalDate day = winterDay();
        MeetingDetails secret =
                meetingWith("Back channel " + n, Classification.SECRET, day.atTime(10, 0), day.atTime(11, 0), berliner);
        assertThatThrownBy(() -> meetings.get(secret.id())).isInstanceOf(NotFoundException.class);

        SlotProposals someFree = scheduling.findSlots(
                request(day, day, "09:00", "12:00", 60, berliner).withStep(Duration.ofMinutes(30)));
        SlotProposals noneFree = scheduling.findSlots(request(day, day, "09:30", "10:30", 60, berliner));

        assertThat(berlinStarts(someFree))
                .containsExactly(day.atTime(9, 0), day.atTime(11, 0), day.atTime(11, 30), day.atTime(12, 0));
        assertThat(noneFree.proposals()).isEmpty();
        assertThat(noneFree.explanation()).contains(berliner.fullName() + " is busy at all 5");
        assertThat(someFree + " " + noneFree).doesNotContain("Back channel");
        // nor can the planner probe it by asking the assistant to ignore it
        assertThatThrownBy(() -> scheduling.findSlots(
                        request(day, day, "09:00", "12:00", 60, berliner).ignoring(secret.id())))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Meeting not found");
    }

    @Test
    void proposals_put_fewer_people_outside_their_hours_first_then_earlier_times() {
        Person muscovite = person("Muscovite", MOSCOW, NINE, SIX_PM);
        Person newYorker = person("New Yorker", NEW_YORK, NINE, SIX_PM);
        LocalDate day = winterDay();

        // Berlin 15:00 is 17:00 in Moscow and 09:00 in New York: the only hour inside both working days
        SlotProposals found =
                scheduling.findSlots(request(day, day.plusDays(1), "08:00", "18:00", 60, muscovite, newYorker)
                        .withStep(Duration.ofHours(1)));

        assertThat(berlinStarts(found))
                .startsWith(day.atTime(15, 0), day.plusDays(1).atTime(15, 0), day.atTime(8, 0), day.atTime(9, 0));
        assertThat(found.proposals())
                .extracting(SlotProposal::peopleOutsideHours)
                .startsWith(0, 0, 1, 1);
        assertThat(found.proposals()).hasSize(SlotRequest.DEFAULT_PROPOSALS);
        SlotProposal best = found.proposals().getFirst();
        assertThat(best.people())
                .extracting(LocalTimeOfPerson::name)
                .containsExactly(muscovite.fullName(), newYorker.fullName());
        assertThat(best.people())
                .extracting(LocalTimeOfPerson::localStart)
                .containsExactly(day.atTime(17, 0), day.atTime(9, 0));
        assertThat(best.people()).allMatch(LocalTimeOfPerson::insideHours);
        LocalTimeOfPerson earlyInNewYork = found.proposals().get(2).people().get(1);
        assertThat(earlyInNewYork.localStart()).isEqualTo(day.atTime(2, 0));
        assertThat(earlyInNewYork.insideHours()).isFalse();
        assertThat(found.explanation()).contains("22 of 22 possible starts").contains("here are the best 10");
    }

    @Test
    void on_the_day_european_clocks_go_forward_the_missing_hour_is_skipped_and_instants_are_right() {
        Person berliner = person("Berliner", BERLIN, NINE, SIX_PM);
        Person muscovite = person("Muscovite", MOSCOW, NINE, SIX_PM);
        LocalDate changeover = LocalDate.of(year, 3, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));

        SlotProposals found =
                scheduling.findSlots(request(changeover, changeover, "01:30", "03:30", 60, berliner, muscovite)
                        .withStep(Duration.ofMinutes(30)));

        // 02:00 and 02:30 never happen in Berlin that night; 01:30 is still UTC+1, 03:00 already UTC+2
        assertThat(found.proposals())
                .extracting(SlotProposal::start)
                .containsExactly(
                        Instant.parse(changeover + "T00:30:00Z"),
                        Instant.parse(changeover + "T01:00:00Z"),
                        Instant.parse(changeover + "T01:30:00Z"));
        SlotProposal first = found.proposals().getFirst();
        assertThat(first.end()).isEqualTo(Instant.parse(changeover + "T01:30:00Z"));
        assertThat(first.people().getFirst().localStart()).isEqualTo(changeover.atTime(1, 30));
        assertThat(first.people().getFirst().localEnd()).isEqualTo(changeover.atTime(3, 30));
        assertThat(first.people().get(1).localStart()).isEqualTo(changeover.atTime(3, 30));
        assertThat(found.explanation()).contains("None of them is inside everyone's working hours");
    }

    @Test
    void on_the_day_european_clocks_go_back_a_repeated_local_time_is_proposed_once_at_its_first_occurrence() {
        Person berliner = person("Berliner", BERLIN, NINE, SIX_PM);
        LocalDate changeover = LocalDate.of(year, 10, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));

        SlotProposals found = scheduling.findSlots(
                request(changeover, changeover, "02:00", "03:00", 30, berliner).withStep(Duration.ofMinutes(30)));

        // 02:00 and 02:30 happen at UTC+2 and again at UTC+1; the editor reads them as the first, and so does this
        assertThat(found.proposals())
                .extracting(SlotProposal::start)
                .containsExactly(
                        Instant.parse(changeover + "T00:00:00Z"),
                        Instant.parse(changeover + "T00:30:00Z"),
                        Instant.parse(changeover + "T02:00:00Z"));
        assertThat(found.proposals())
                .allSatisfy(p -> assertThat(LocalDateTime.ofInstant(p.start(), BERLIN)
                                .atZone(BERLIN)
                                .toInstant())
                        .isEqualTo(p.start()));
    }

    @Test
    void a_person_in_india_gets_half_hour_local_times_and_a_fair_working_day() {
        Person berliner = person("Berliner", BERLIN, NINE, SIX_PM);
        Person delhi = person("Delhi", KOLKATA, NINE, SIX_PM);
        LocalDate day = winterDay();

        SlotProposals found = scheduling.findSlots(
                request(day, day, "12:00", "13:30", 60, berliner, delhi).withStep(Duration.ofMinutes(30)));

        // Berlin 12:00 is 16:30 in Kolkata (UTC+05:30): 16:30 and 17:00 end by 18:00, 17:30 runs past it
        assertThat(berlinStarts(found))
                .containsExactly(day.atTime(12, 0), day.atTime(12, 30), day.atTime(13, 0), day.atTime(13, 30));
        assertThat(found.proposals())
                .extracting(p -> p.people().get(1).localStart())
                .containsExactly(day.atTime(16, 30), day.atTime(17, 0), day.atTime(17, 30), day.atTime(18, 0));
        assertThat(found.proposals())
                .extracting(p -> p.people().get(1).localEnd().toLocalTime())
                .containsExactly(LocalTime.of(17, 30), LocalTime.of(18, 0), LocalTime.of(18, 30), LocalTime.of(19, 0));
        assertThat(found.proposals())
                .extracting(p -> p.people().get(1).insideHours())
                .containsExactly(true, true, false, false);
        assertThat(found.proposals())
                .extracting(SlotProposal::peopleOutsideHours)
                .containsExactly(0, 0, 1, 1);
    }

    @Test
    void a_weekend_is_outside_working_hours_and_comes_after_the_working_days() {
        Person berliner = person("Berliner", BERLIN, NINE, SIX_PM);
        Person riyadh = directory.person(new PersonData(
                "Riyadh " + n,
                null,
                null,
                new CountryCode("SA"),
                null,
                null,
                null,
                ZoneId.of("Asia/Riyadh"),
                NINE,
                SIX_PM,
                null,
                null,
                Set.of(
                        DayOfWeek.SUNDAY,
                        DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY)));
        LocalDate friday = winterDay().with(TemporalAdjusters.next(DayOfWeek.FRIDAY));

        SlotProposals found =
                scheduling.findSlots(request(friday, friday.plusDays(3), "10:00", "10:30", 60, berliner, riyadh)
                        .withStep(Duration.ofMinutes(60)));

        // Berlin 10:00 is 12:00 in Riyadh; Riyadh rests on Friday and Saturday, Berlin on Saturday and Sunday
        assertThat(berlinStarts(found))
                .containsExactly(
                        friday.plusDays(3).atTime(10, 0),
                        friday.atTime(10, 0),
                        friday.plusDays(2).atTime(10, 0),
                        friday.plusDays(1).atTime(10, 0));
        assertThat(found.proposals())
                .extracting(SlotProposal::peopleOutsideHours)
                .containsExactly(0, 1, 1, 2);
        assertThat(found.proposals().get(1).people())
                .extracting(LocalTimeOfPerson::insideHours)
                .containsExactly(true, false);
    }

    @Test
    void when_nothing_fits_the_answer_says_who_is_busy() {
        Person berliner = person("Berliner", BERLIN, NINE, SIX_PM);
        Person muscovite = person("Muscovite", MOSCOW, NINE, SIX_PM);
        LocalDate day = winterDay();
        // began the day before the range and still runs: the bounded query must look back for it
        meetingWith(
                "Long conference " + n,
                Classification.UNCLASSIFIED,
                day.minusDays(1).atTime(8, 0),
                day.plusDays(3).atTime(20, 0),
                berliner);

        SlotProposals found =
                scheduling.findSlots(request(day, day.plusDays(2), "09:00", "17:00", 60, berliner, muscovite));

        assertThat(found.found()).isFalse();
        assertThat(found.explanation())
                .isEqualTo("There is no time when everyone is free between 09:00 and 17:00"
                        + " from " + day.getDayOfMonth() + " Feb " + year + " to "
                        + day.plusDays(2).getDayOfMonth() + " Feb "
                        + year + " (Europe/Berlin). Of the 99 possible starts, "
                        + berliner.fullName()
                        + " is busy at all 99. Try other days, other hours or a shorter meeting.");
    }

    @Test
    void when_no_start_exists_or_all_have_passed_the_answer_says_so() {
        Person berliner = person("Berliner", BERLIN, NINE, SIX_PM);
        LocalDate changeover = LocalDate.of(year, 3, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));

        SlotProposals inTheGap = scheduling.findSlots(request(changeover, changeover, "02:00", "02:45", 30, berliner));
        clock.set(changeover.plusDays(1).atStartOfDay(BERLIN).toInstant());
        SlotProposals past =
                scheduling.findSlots(request(changeover.minusDays(3), changeover, "09:00", "17:00", 30, berliner));

        assertThat(inTheGap.proposals()).isEmpty();
        assertThat(inTheGap.explanation())
                .startsWith("No start between 02:00 and 02:45 on ")
                .endsWith("(Europe/Berlin) exists: the clocks go forward then. Choose other hours or days.");
        assertThat(past.proposals()).isEmpty();
        assertThat(past.explanation()).endsWith("has already passed. Choose later days.");
    }

    @Test
    void starts_already_past_are_not_proposed() {
        Person berliner = person("Berliner", BERLIN, NINE, SIX_PM);
        LocalDate day = winterDay();
        clock.set(day.atTime(10, 10).atZone(BERLIN).toInstant());

        SlotProposals found = scheduling.findSlots(request(day, day, "09:00", "11:00", 30, berliner));

        assertThat(berlinStarts(found))
                .containsExactly(day.atTime(10, 15), day.atTime(10, 30), day.atTime(10, 45), day.atTime(11, 0));
    }

    @Test
    void a_request_that_makes_no_sense_is_refused_with_clear_messages() {
        Person berliner = person("Berliner", BERLIN, NINE, SIX_PM);
        LocalDate day = winterDay();

        assertThatThrownBy(() -> scheduling.findSlots(
                        request(day, day.plusDays(SlotRequest.MAX_RANGE_DAYS), "18:00", "09:00", 10, berliner)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Search at most 62 days at a time")
                .hasMessageContaining("The earliest start must be before the latest")
                .hasMessageContaining("A meeting found this way lasts from 15 minutes to 12 hours");
        assertThatThrownBy(() -> scheduling.findSlots(request(day, day.minusDays(1), "09:00", "17:00", 13 * 60)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("The last day cannot be before the first")
                .hasMessageContaining("Choose at least one person")
                .hasMessageContaining("A meeting found this way lasts from 15 minutes to 12 hours");
        assertThatThrownBy(() -> scheduling.findSlots(request(day, day, "09:00", "17:00", 60, berliner)
                        .withStep(Duration.ofMinutes(3))
                        .withMaxProposals(0)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Try a start every 5 to 120 minutes, in whole minutes")
                .hasMessageContaining("Ask for at least one proposal");
        // the longest range allowed is accepted
        assertThat(scheduling
                        .findSlots(request(
                                day, day.plusDays(SlotRequest.MAX_RANGE_DAYS - 1), "09:00", "10:00", 60, berliner))
                        .found())
                .isTrue();
    }

    @Test
    void someone_not_in_the_directory_is_refused() {
        Person berliner = person("Berliner", BERLIN, NINE, SIX_PM);
        LocalDate day = winterDay();
        SlotRequest request = request(day, day, "09:00", "17:00", 60, berliner);
        SlotRequest withStranger = new SlotRequest(
                Set.of(berliner.id(), new PersonId(-42)), request.duration(), day, day, BERLIN, NINE, SIX_PM);

        assertThatThrownBy(() -> scheduling.findSlots(withStranger)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_cannot_use_the_scheduling_assistant() {
        LocalDate day = winterDay();
        SlotRequest request =
                new SlotRequest(Set.of(counterpart.id()), Duration.ofHours(1), day, day, BERLIN, NINE, SIX_PM);

        assertThatThrownBy(() -> scheduling.findSlots(request)).isInstanceOf(AccessDeniedException.class);
    }
}

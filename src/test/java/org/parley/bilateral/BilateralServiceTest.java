package org.parley.bilateral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.directory.Person;
import org.parley.directory.Room;
import org.parley.directory.Venue;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberRole;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;

@ParleyTest
class BilateralServiceTest {

    private static final ZoneId MUNICH = ZoneId.of("Europe/Berlin");
    private static final AtomicInteger counter = new AtomicInteger();
    private static final CountryCode OURS = new CountryCode("RU");

    @Autowired
    BilateralService bilaterals;

    @Autowired
    MeetingService meetings;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers users;

    /** A two-day security conference in a hotel with three rooms set aside, a plenary, and our minister. */
    private final class Summit {
        final int n = counter.incrementAndGet();
        final int year = 2600 + n;
        final Venue hotel = directory.venue("Bilateral hotel " + n, MUNICH, "Salon A", "Salon B", "Salon C");
        final Person minister = directory.person("Bilateral minister " + n, OURS, MUNICH);
        final MeetingId conference;

        Summit() {
            conference = planner(() -> meetings.create(
                            MeetingDataBuilder.meeting("Security conference " + n)
                                    .kind(MeetingKind.CONFERENCE)
                                    .at(day(0, 8), day(1, 20), MUNICH)
                                    .venue(hotel.id())
                                    .delegations(List.of())
                                    .build(),
                            true)
                    .id());
            planner(() -> bilaterals.setRooms(
                    conference, hotel.rooms().stream().map(Room::id).collect(Collectors.toSet())));
        }

        LocalDateTime day(int day, int hour) {
            return LocalDateTime.of(year, 2, 14, hour, 0).plusDays(day);
        }

        Person counterpart(String name, String country) {
            return directory.person(name + " " + n, new CountryCode(country), MUNICH);
        }

        /** A plenary session of the conference, which keeps every principal busy. */
        void plenary(int day, int fromHour, int toHour) {
            Person chair = counterpart("Chair", "DE");
            planner(() -> meetings.create(
                    MeetingDataBuilder.meeting("Plenary " + day + " " + fromHour)
                            .kind(MeetingKind.MINISTERIAL_MEETING)
                            .at(day(day, fromHour), day(day, toHour), MUNICH)
                            .venue(hotel.id())
                            .conference(conference)
                            .delegations(List.of(
                                    new DelegationData(
                                            OURS, null, true, List.of(new MemberData(minister.id(), MemberRole.HEAD))),
                                    new DelegationData(
                                            new CountryCode("DE"),
                                            null,
                                            false,
                                            List.of(new MemberData(chair.id(), MemberRole.HEAD)))))
                            .build(),
                    true));
        }

        String csvLine(Person counterpart, String priority, String extra) {
            return counterpart.country().code() + "," + counterpart.fullName() + "," + minister.fullName() + ",us,"
                    + priority + ",30" + extra;
        }
    }

    private <T> T planner(java.util.function.Supplier<T> work) {
        return users.as("planner", work);
    }

    /** Waits for the conference's planning run to end (a few seconds; a minute at most on a very busy machine). */
    private PlanRun ended(MeetingId conference) {
        return await(conference, run -> !run.running());
    }

    private PlanRun await(MeetingId conference, java.util.function.Predicate<PlanRun> condition) {
        long giveUp = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        PlanRun run = planner(() -> bilaterals.planRun(conference));
        while (!condition.test(run) && System.nanoTime() < giveUp) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            run = planner(() -> bilaterals.planRun(conference));
        }
        return run;
    }

    @Test
    void a_planning_run_goes_on_in_the_background_shows_its_best_plan_and_can_be_stopped_keeping_it() {
        Summit summit = new Summit();
        Person them = summit.counterpart("Background counterpart", "FR");
        planner(() -> bilaterals.importCsv(
                summit.conference,
                "country,counterpart,our_principal,requested_by,priority,duration\n" + summit.csvLine(them, "must", "")
                        + "\n"));
        assertThat(planner(() -> bilaterals.planRun(summit.conference)).state()).isEqualTo(PlanRunState.IDLE);

        PlanRun started = planner(() -> bilaterals.startPlanning(summit.conference));

        assertThat(started.state()).isEqualTo(PlanRunState.RUNNING);
        assertThat(started.requests()).isEqualTo(1);
        assertThatThrownBy(() -> planner(() -> bilaterals.startPlanning(summit.conference)))
                .isInstanceOf(InvalidBilateralException.class)
                .hasMessageContaining("already");
        PlanRun firstPlan = await(summit.conference, run -> run.placedMust() == 1 || !run.running());
        assertThat(firstPlan.placedMust()).isEqualTo(1);
        planner(() -> {
            bilaterals.stopPlanning(summit.conference);
            return null;
        });

        PlanRun ended = ended(summit.conference);
        assertThat(ended.state()).isEqualTo(PlanRunState.STOPPED);
        assertThat(ended.score()).isNotNull();
        assertThat(ended.score().feasible()).isTrue();
        assertThat(ended.placedMust()).isEqualTo(1);
        assertThat(ended.ended()).isAfterOrEqualTo(ended.started());
        assertThat(planner(() -> bilaterals.list(summit.conference)).getFirst().slot())
                .isNotNull();
        assertThat(users.as("viewer", () -> bilaterals.planRun(summit.conference))
                        .state())
                .isEqualTo(PlanRunState.STOPPED);
    }

    @Test
    void a_plan_made_and_accepted_becomes_draft_sideline_meetings_that_keep_every_hard_rule() {
        Summit summit = new Summit();
        summit.plenary(0, 9, 13);
        summit.plenary(1, 9, 13);
        StringBuilder csv = new StringBuilder("country,counterpart,our_principal,requested_by,priority,duration\n");
        String[] countries = {"FR", "DE", "IN", "BR", "ZA", "JP"};
        for (int i = 0; i < countries.length; i++) {
            Person them = summit.counterpart("Counterpart " + i, countries[i]);
            csv.append(summit.csvLine(them, i % 2 == 0 ? "must" : "could", "")).append('\n');
        }
        ImportResult imported = planner(() -> bilaterals.importCsv(summit.conference, csv.toString()));
        assertThat(imported.errors()).isEmpty();
        assertThat(imported.added()).isEqualTo(6);

        PlanOutcome outcome = planner(() -> bilaterals.plan(summit.conference));
        int made = planner(() -> bilaterals.accept(summit.conference));

        assertThat(outcome.score().feasible()).isTrue();
        assertThat(outcome.placed(Priority.MUST)).isEqualTo(3);
        assertThat(made).isEqualTo(6);
        List<MeetingDetails> sideline = planner(() -> bilaterals.list(summit.conference)).stream()
                .map(b -> planner(() -> meetings.get(b.meeting())))
                .toList();
        assertThat(sideline).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo(MeetingKind.SIDELINE_MEETING);
            assertThat(m.status()).isEqualTo(MeetingStatus.DRAFT);
            assertThat(m.parentConference().id()).isEqualTo(summit.conference);
            assertThat(m.delegations()).hasSize(2);
        });
        // independently of the solver: the minister is in every one, so each pair is apart by the 10-minute buffer
        for (MeetingDetails a : sideline) {
            assertThat(LocalDateTime.ofInstant(a.start(), MUNICH).getHour()).isNotIn(9, 10, 11, 12);
            for (MeetingDetails b : sideline) {
                if (a != b) {
                    assertThat(a.end().plus(Duration.ofMinutes(10)).isAfter(b.start())
                                    && b.end().plus(Duration.ofMinutes(10)).isAfter(a.start()))
                            .as("%s and %s", a.title(), b.title())
                            .isFalse();
                }
            }
        }
    }

    @Test
    void a_must_whose_counterpart_is_away_throughout_is_listed_as_unplaced_with_the_reason() {
        Summit summit = new Summit();
        Person away = summit.counterpart("Away", "CN");
        String csv = "country,counterpart,our_principal,requested_by,priority,duration,unavailable\n"
                + summit.csvLine(away, "must", ",\"" + summit.year + "-02-13 00:00/" + summit.year + "-02-16 00:00\"");
        assertThat(planner(() -> bilaterals.importCsv(summit.conference, csv)).errors())
                .isEmpty();

        planner(() -> bilaterals.plan(summit.conference));

        Bilateral request = planner(() -> bilaterals.list(summit.conference)).getFirst();
        assertThat(request.slot()).isNull();
        assertThat(request.unplacedReason()).isEqualTo(UnplacedReason.COUNTERPART_UNAVAILABLE);
    }

    @Test
    void re_planning_moves_a_draft_meeting_whose_counterpart_became_busy_and_keeps_the_others() {
        Summit summit = new Summit();
        Person first = summit.counterpart("First", "FR");
        Person second = summit.counterpart("Second", "IT");
        String csv = "country,counterpart,our_principal,priority\n"
                + summit.csvLine(first, "must", "").substring(0, 0) + "FR," + first.fullName() + ","
                + summit.minister.fullName() + ",must\n"
                + "IT," + second.fullName() + "," + summit.minister.fullName() + ",should\n";
        assertThat(planner(() -> bilaterals.importCsv(summit.conference, csv)).errors())
                .isEmpty();
        planner(() -> bilaterals.plan(summit.conference));
        planner(() -> bilaterals.accept(summit.conference));
        List<Bilateral> before = planner(() -> bilaterals.list(summit.conference));
        Bilateral moving = before.getFirst();
        // the first counterpart now has a meeting of their own at that time
        planner(() -> meetings.create(
                MeetingDataBuilder.meeting("Elsewhere " + summit.n)
                        .kind(MeetingKind.PHONE_CALL)
                        .at(
                                LocalDateTime.ofInstant(moving.slot().start(), MUNICH),
                                LocalDateTime.ofInstant(moving.slot().end(), MUNICH),
                                MUNICH)
                        .delegations(List.of(
                                new DelegationData(
                                        new CountryCode("FR"),
                                        null,
                                        true,
                                        List.of(new MemberData(first.id(), MemberRole.HEAD))),
                                new DelegationData(
                                        new CountryCode("US"),
                                        null,
                                        false,
                                        List.of(new MemberData(
                                                summit.counterpart("Caller", "US")
                                                        .id(),
                                                MemberRole.HEAD)))))
                        .build(),
                true));

        planner(() -> bilaterals.plan(summit.conference));
        int moved = planner(() -> bilaterals.accept(summit.conference));

        List<Bilateral> after = planner(() -> bilaterals.list(summit.conference));
        assertThat(moved).isEqualTo(1);
        assertThat(after.get(0).slot().start()).isNotEqualTo(moving.slot().start());
        assertThat(planner(() -> meetings.get(after.get(0).meeting())).start())
                .isEqualTo(after.get(0).slot().start());
        assertThat(after.get(1).slot()).isEqualTo(before.get(1).slot());
        assertThat(after.get(1).meeting()).isEqualTo(before.get(1).meeting());
    }

    @Test
    void a_csv_file_with_one_bad_line_saves_nothing_and_names_each_problem_with_its_line() {
        Summit summit = new Summit();
        Person known = summit.counterpart("Known", "FR");
        String csv = """
                country,counterpart,our_principal,priority,duration,earliest
                FR,%s,%s,must,30,
                XX1,Nobody Known,%s,urgent,ten,tomorrow
                """.formatted(known.fullName(), summit.minister.fullName(), summit.minister.fullName());

        ImportResult result = planner(() -> bilaterals.importCsv(summit.conference, csv));

        assertThat(result.added()).isZero();
        assertThat(result.errors()).extracting(ImportResult.RowError::line).containsOnly(3L);
        assertThat(result.errors())
                .extracting(ImportResult.RowError::key)
                .containsExactlyInAnyOrder(
                        "bilateral.csv.badCountry",
                        "bilateral.csv.unknownPerson",
                        "bilateral.csv.badChoice",
                        "bilateral.csv.badNumber",
                        "bilateral.csv.badTime");
        assertThat(planner(() -> bilaterals.list(summit.conference))).isEmpty();
    }

    @Test
    void a_csv_text_without_the_needed_columns_is_refused_whole() {
        Summit summit = new Summit();

        ImportResult result = planner(() -> bilaterals.importCsv(summit.conference, "name,when\nx,y\n"));

        assertThat(result.added()).isZero();
        assertThat(result.errors())
                .extracting(ImportResult.RowError::key)
                .contains("bilateral.csv.missingColumn", "bilateral.csv.unknownColumn");
    }

    @Test
    void a_request_with_its_own_principal_as_counterpart_or_a_silly_duration_is_refused() {
        Summit summit = new Summit();
        BilateralRequestData silly = new BilateralRequestData(
                OURS,
                summit.minister.id(),
                summit.minister.id(),
                RequestedBy.US,
                Priority.MUST,
                null,
                5,
                8,
                null,
                null,
                null,
                null,
                List.of(),
                "");

        assertThatThrownBy(() -> planner(() -> bilaterals.add(summit.conference, silly)))
                .isInstanceOfSatisfying(
                        InvalidBilateralException.class,
                        e -> assertThat(e.keys())
                                .containsExactlyInAnyOrder(
                                        "bilateral.problem.samePerson", "bilateral.problem.duration"));
    }

    @Test
    void rooms_of_another_venue_cannot_be_set_aside() {
        Summit summit = new Summit();
        Venue other = directory.venue("Other hotel " + summit.n, MUNICH, "Library");

        assertThatThrownBy(() -> planner(() -> bilaterals.setRooms(
                        summit.conference, Set.of(other.rooms().getFirst().id()))))
                .isInstanceOf(InvalidBilateralException.class);
    }
}

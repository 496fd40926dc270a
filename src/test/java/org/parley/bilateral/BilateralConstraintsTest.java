package org.parley.bilateral;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.bilateral.BilateralRooms.VenuePair;
import org.parley.bilateral.PlanModel.Busy;
import org.parley.bilateral.PlanModel.Placement;
import org.parley.bilateral.PlanModel.PlanRoom;
import org.parley.bilateral.PlanModel.Window;

/**
 * Each planning rule on its own, with Timefold's {@link ConstraintVerifier}: times are minutes after midnight of the
 * first day, a day's hours 08:00-20:00, a buffer of 10 minutes and a walk of 15 between the hotel and the annex.
 */
class BilateralConstraintsTest {

    private static final long HOTEL = 100;
    private static final long ANNEX = 200;
    private static final long OUR_PRINCIPAL = 1;
    private static final PlanRules RULES = new PlanRules(Instant.EPOCH, 10, Map.of(VenuePair.of(HOTEL, ANNEX), 15));
    private static final PlanRoom SALON = new PlanRoom(11, HOTEL, "Salon", 12);
    private static final PlanRoom LIBRARY = new PlanRoom(12, HOTEL, "Library", 20);
    private static final PlanRoom ANNEX_ROOM = new PlanRoom(21, ANNEX, "Annex", 10);

    private final ConstraintVerifier<BilateralConstraints, BilateralPlan> verifier =
            ConstraintVerifier.build(new BilateralConstraints(), BilateralPlan.class, PlannedBilateral.class);

    private static int at(int hour, int minute) {
        return hour * 60 + minute;
    }

    /** Our principal meets counterpart {@code counterpart} for half an hour, party of eight, a "should". */
    private static PlannedBilateral meeting(long id, long counterpart, int start, PlanRoom room) {
        return bilateral(id, counterpart, Priority.SHOULD, 30, 8, null, null, new Placement(start, room));
    }

    private static PlannedBilateral bilateral(
            long id,
            long counterpart,
            Priority priority,
            int duration,
            int partySize,
            Window preferred,
            Placement previous,
            Placement placement) {
        PlannedBilateral b = new PlannedBilateral(
                id,
                OUR_PRINCIPAL,
                counterpart,
                partySize,
                duration,
                priority,
                (int) id,
                List.of(new Window(at(8, 0), at(20, 0))),
                preferred,
                previous,
                List.of(),
                RULES,
                false);
        b.place(placement);
        return b;
    }

    @Test
    void our_principal_needs_the_buffer_between_two_bilaterals_in_one_building() {
        verifier.verifyThat(BilateralConstraints::personInTwoPlaces)
                .given(meeting(1, 1001, at(10, 0), SALON), meeting(2, 1002, at(10, 35), LIBRARY))
                .penalizesBy(5);
        verifier.verifyThat(BilateralConstraints::personInTwoPlaces)
                .given(meeting(1, 1001, at(10, 0), SALON), meeting(2, 1002, at(10, 45), LIBRARY))
                .penalizesBy(0);
    }

    @Test
    void our_principal_needs_the_buffer_and_the_walk_between_two_buildings() {
        verifier.verifyThat(BilateralConstraints::personInTwoPlaces)
                .given(meeting(1, 1001, at(10, 0), SALON), meeting(2, 1002, at(10, 45), ANNEX_ROOM))
                .penalizesBy(10);
    }

    @Test
    void two_bilaterals_of_different_people_may_run_at_once_in_different_rooms() {
        PlannedBilateral ours = meeting(1, 1001, at(10, 0), SALON);
        PlannedBilateral theirs = new PlannedBilateral(
                2, 2, 1002, 8, 30, Priority.MUST, 2, ours.allowed(), null, null, List.of(), RULES, false);
        theirs.place(new Placement(at(10, 0), LIBRARY));

        verifier.verifyThat(BilateralConstraints::personInTwoPlaces)
                .given(ours, theirs)
                .penalizesBy(0);
        verifier.verifyThat(BilateralConstraints::roomDoubleBooked)
                .given(ours, theirs)
                .penalizesBy(0);
    }

    @Test
    void one_room_holds_one_bilateral_at_a_time_and_the_next_may_start_as_the_last_ends() {
        PlannedBilateral first = bilateral(1, 1001, Priority.MUST, 60, 8, null, null, new Placement(at(10, 0), SALON));
        PlannedBilateral other = new PlannedBilateral(
                2, 2, 1002, 8, 60, Priority.MUST, 2, first.allowed(), null, null, List.of(), RULES, false);

        other.place(new Placement(at(10, 30), SALON));
        verifier.verifyThat(BilateralConstraints::roomDoubleBooked)
                .given(first, other)
                .penalizesBy(30);
        other.place(new Placement(at(11, 0), SALON));
        verifier.verifyThat(BilateralConstraints::roomDoubleBooked)
                .given(first, other)
                .penalizesBy(0);
    }

    @Test
    void not_while_our_principal_is_at_a_plenary_nor_in_the_buffer_after_it() {
        Busy plenary = new Busy(OUR_PRINCIPAL, Busy.NO_ROOM, HOTEL, at(9, 0), at(10, 0));

        verifier.verifyThat(BilateralConstraints::principalBusy)
                .given(plenary, meeting(1, 1001, at(10, 0), SALON))
                .penalizesBy(10);
        verifier.verifyThat(BilateralConstraints::principalBusy)
                .given(plenary, meeting(1, 1001, at(10, 15), SALON))
                .penalizesBy(0);
    }

    @Test
    void not_while_the_counterpart_is_away() {
        Busy away = new Busy(1001, Busy.NO_ROOM, PlanRules.NO_VENUE, at(10, 0), at(12, 0));

        verifier.verifyThat(BilateralConstraints::counterpartBusy)
                .given(away, meeting(1, 1001, at(11, 0), SALON))
                .penalizesBy(40);
        verifier.verifyThat(BilateralConstraints::counterpartBusy)
                .given(away, meeting(1, 1002, at(11, 0), SALON))
                .penalizesBy(0);
    }

    @Test
    void not_in_a_room_another_meeting_has() {
        Busy briefing = new Busy(Busy.NOBODY, SALON.id(), HOTEL, at(10, 0), at(11, 0));

        verifier.verifyThat(BilateralConstraints::roomTaken)
                .given(briefing, meeting(1, 1001, at(10, 30), SALON))
                .penalizesBy(30);
        verifier.verifyThat(BilateralConstraints::roomTaken)
                .given(briefing, meeting(1, 1001, at(10, 30), LIBRARY))
                .penalizesBy(0);
    }

    @Test
    void a_bilateral_running_past_the_end_of_the_day_breaks_the_hours_by_its_length() {
        verifier.verifyThat(BilateralConstraints::outsideHours)
                .given(meeting(1, 1001, at(19, 45), SALON))
                .penalizesBy(30);
        verifier.verifyThat(BilateralConstraints::outsideHours)
                .given(meeting(1, 1001, at(19, 30), SALON))
                .penalizesBy(0);
    }

    @Test
    void a_party_of_fourteen_does_not_fit_a_room_for_twelve() {
        verifier.verifyThat(BilateralConstraints::roomTooSmall)
                .given(bilateral(1, 1001, Priority.MUST, 30, 14, null, null, new Placement(at(10, 0), SALON)))
                .penalizesBy(2);
        verifier.verifyThat(BilateralConstraints::roomTooSmall)
                .given(bilateral(1, 1001, Priority.MUST, 30, 14, null, null, new Placement(at(10, 0), LIBRARY)))
                .penalizesBy(0);
    }

    @Test
    void a_must_left_out_weighs_more_than_any_number_of_coulds() {
        verifier.verifyThat(BilateralConstraints::leftOut)
                .given(
                        bilateral(1, 1001, Priority.MUST, 30, 8, null, null, null),
                        bilateral(2, 1002, Priority.SHOULD, 30, 8, null, null, null),
                        bilateral(3, 1003, Priority.COULD, 30, 8, null, null, null),
                        meeting(4, 1004, at(10, 0), SALON))
                .penalizesBy(10_000 + 100 + 1);
    }

    @Test
    void re_planning_counts_each_bilateral_moved_away_from_its_last_place() {
        Placement last = new Placement(at(10, 0), SALON);

        verifier.verifyThat(BilateralConstraints::moved)
                .given(
                        bilateral(1, 1001, Priority.MUST, 30, 8, null, last, new Placement(at(11, 0), SALON)),
                        bilateral(2, 1002, Priority.MUST, 30, 8, null, last, last))
                .penalizesBy(1);
    }

    @Test
    void a_bilateral_outside_its_preferred_window_counts_once() {
        Window morning = new Window(at(8, 0), at(10, 0));

        verifier.verifyThat(BilateralConstraints::preferredWindow)
                .given(
                        bilateral(1, 1001, Priority.MUST, 30, 8, morning, null, new Placement(at(9, 0), SALON)),
                        bilateral(2, 1002, Priority.MUST, 30, 8, morning, null, new Placement(at(9, 45), LIBRARY)))
                .penalizesBy(1);
    }

    @Test
    void a_higher_precedence_counterpart_after_a_lower_one_counts() {
        // precedence is the id here: 1 comes before 2
        verifier.verifyThat(BilateralConstraints::precedence)
                .given(meeting(1, 1001, at(11, 0), SALON), meeting(2, 1002, at(10, 0), SALON))
                .penalizesBy(1);
        verifier.verifyThat(BilateralConstraints::precedence)
                .given(meeting(1, 1001, at(10, 0), SALON), meeting(2, 1002, at(11, 0), SALON))
                .penalizesBy(0);
    }

    @Test
    void our_principal_changing_rooms_within_a_day_counts_but_not_across_days() {
        verifier.verifyThat(BilateralConstraints::roomChanges)
                .given(meeting(1, 1001, at(10, 0), SALON), meeting(2, 1002, at(11, 0), LIBRARY))
                .penalizesBy(1);
        verifier.verifyThat(BilateralConstraints::roomChanges)
                .given(
                        meeting(1, 1001, at(10, 0), SALON),
                        meeting(2, 1002, PlanRules.MINUTES_PER_DAY + at(11, 0), LIBRARY))
                .penalizesBy(0);
    }

    @Test
    void idle_gaps_count_the_quarter_hours_between_starts_on_one_day() {
        verifier.verifyThat(BilateralConstraints::idleGaps)
                .given(meeting(1, 1001, at(10, 0), SALON), meeting(2, 1002, at(12, 0), SALON))
                .penalizesBy(8);
    }
}

package org.parley.meeting;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;

/**
 * What the scheduling assistant should look for: a time of {@code duration} for all {@code people}, starting on a day
 * from {@code from} to {@code to} (both included) between {@code earliestLocalStart} and {@code latestLocalStart}
 * (both included) on the venue's clock. Starts are tried every {@code step}.
 *
 * @param people the people to fit in; proposals list them in the order given here
 * @param ignoring the meeting being edited, whose own time must not count as its people being busy
 */
public record SlotRequest(
        @NotEmpty(message = "{meeting.slots.rule.people}")
        @Size(max = MAX_PEOPLE, message = "{meeting.slots.rule.mostPeople}")
        Set<PersonId> people,

        @NotNull(message = "{meeting.slots.rule.duration}") Duration duration,
        @NotNull(message = "{meeting.slots.rule.firstDay}") LocalDate from,
        @NotNull(message = "{meeting.slots.rule.lastDay}") LocalDate to,
        @NotNull(message = "{meeting.data.zoneRequired}") ZoneId venueZone,
        @NotNull(message = "{meeting.slots.rule.earliest}") LocalTime earliestLocalStart,
        @NotNull(message = "{meeting.slots.rule.latest}") LocalTime latestLocalStart,
        @Nullable MeetingId ignoring,

        @Min(value = 1, message = "{meeting.slots.rule.oneProposal}")
        @Max(value = MAX_PROPOSALS, message = "{meeting.slots.rule.mostProposals}")
        int maxProposals,

        @NotNull(message = "{meeting.slots.rule.step}") Duration step) {

    public static final int MAX_PEOPLE = 100;
    public static final int MAX_PROPOSALS = 50;
    public static final int DEFAULT_PROPOSALS = 10;
    public static final int MAX_RANGE_DAYS = 62;
    public static final Duration SHORTEST = Duration.ofMinutes(15);
    public static final Duration LONGEST = Duration.ofHours(12);
    /** The editor's time pickers step by 15 minutes, so proposals land on times the planner could type. */
    public static final Duration DEFAULT_STEP = Duration.ofMinutes(15);

    public SlotRequest {
        // keeps the caller's order (delegation order in the editor) so each proposal lists people the same way
        people = people == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(people));
    }

    /** A request with the defaults: nothing ignored, the best {@value #DEFAULT_PROPOSALS}, a start every 15 min. */
    public SlotRequest(
            Set<PersonId> people,
            Duration duration,
            LocalDate from,
            LocalDate to,
            ZoneId venueZone,
            LocalTime earliestLocalStart,
            LocalTime latestLocalStart) {
        this(
                people,
                duration,
                from,
                to,
                venueZone,
                earliestLocalStart,
                latestLocalStart,
                null,
                DEFAULT_PROPOSALS,
                DEFAULT_STEP);
    }

    public SlotRequest ignoring(@Nullable MeetingId meeting) {
        return new SlotRequest(
                people,
                duration,
                from,
                to,
                venueZone,
                earliestLocalStart,
                latestLocalStart,
                meeting,
                maxProposals,
                step);
    }

    public SlotRequest withStep(Duration newStep) {
        return new SlotRequest(
                people,
                duration,
                from,
                to,
                venueZone,
                earliestLocalStart,
                latestLocalStart,
                ignoring,
                maxProposals,
                newStep);
    }

    public SlotRequest withMaxProposals(int max) {
        return new SlotRequest(
                people, duration, from, to, venueZone, earliestLocalStart, latestLocalStart, ignoring, max, step);
    }

    @AssertTrue(message = "{meeting.slots.rule.durationLimits}")
    public boolean isDurationWithinLimits() {
        return duration == null || (duration.compareTo(SHORTEST) >= 0 && duration.compareTo(LONGEST) <= 0);
    }

    @AssertTrue(message = "{meeting.slots.rule.rangeInOrder}")
    public boolean isRangeInOrder() {
        return from == null || to == null || !to.isBefore(from);
    }

    @AssertTrue(message = "{meeting.slots.rule.rangeShort}")
    public boolean isRangeShortEnough() {
        return from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) < MAX_RANGE_DAYS;
    }

    @AssertTrue(message = "{meeting.slots.rule.earliestBeforeLatest}")
    public boolean isEarliestBeforeLatest() {
        return earliestLocalStart == null || latestLocalStart == null || earliestLocalStart.isBefore(latestLocalStart);
    }

    @AssertTrue(message = "{meeting.slots.rule.stepLimits}")
    public boolean isStepSensible() {
        return step == null || (step.toSeconds() % 60 == 0 && step.toMinutes() >= 5 && step.toMinutes() <= 120);
    }
}

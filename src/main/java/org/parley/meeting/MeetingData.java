package org.parley.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.directory.RoomId;
import org.parley.directory.VenueId;
import org.parley.shared.AreaCityZone;
import org.parley.shared.CalendarYears;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.PlainText;
import org.parley.shared.WithinCalendarYears;

/**
 * A meeting as the planner enters it. Start and end are wall-clock times in the meeting's time zone (the venue's, or
 * for calls the host side's); the service turns them into instants.
 */
public record MeetingData(
        @NotBlank(message = "Give the meeting a title")
        @Size(max = TITLE_MAX_LENGTH, message = "A title has at most " + TITLE_MAX_LENGTH + " characters")
        @PlainText String title,
        @NotNull(message = "Choose the kind of meeting") MeetingKind kind,
        @NotNull(message = "Choose the tier") Tier tier,
        @NotNull(message = "Choose the format") MeetingFormat format,
        @NotNull(message = "Enter the start") @WithinCalendarYears LocalDateTime start,
        @NotNull(message = "Enter the end") @WithinCalendarYears LocalDateTime end,
        @NotNull(message = "Choose the time zone") @AreaCityZone ZoneId timeZone,
        @Nullable VenueId venue,
        @Nullable RoomId room,
        @Nullable CountryCode initiatingSide,
        @Nullable CountryCode hostSide,
        @NotNull(message = "Choose the classification") Classification classification,
        @Size(max = OBJECTIVES_MAX_LENGTH, message = "Objectives have at most " + OBJECTIVES_MAX_LENGTH
                + " characters") @PlainText(multiline = true) String objectives,
        @Nullable MeetingId parentConference,
        @Nullable MeetingId followUpOf,
        @Valid List<DelegationData> delegations,
        @Valid List<AgendaItemData> agenda) {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int OBJECTIVES_MAX_LENGTH = 8000;
    public static final int MAX_DURATION_DAYS = 31;

    public MeetingData {
        objectives = objectives == null ? "" : objectives;
        delegations = List.copyOf(delegations);
        agenda = List.copyOf(agenda);
    }

    @AssertTrue(message = "The end must be after the start")
    public boolean isEndAfterStart() {
        return start == null || end == null || end.isAfter(start);
    }

    @AssertTrue(message = "A meeting lasts at most " + MAX_DURATION_DAYS + " days")
    public boolean isNotTooLong() {
        // a start outside the calendar years is refused on its own, and start.plusDays could not even be computed
        return start == null || end == null || !CalendarYears.contain(start)
                || !end.isAfter(start.plusDays(MAX_DURATION_DAYS));
    }

    @AssertTrue(message = "The start does not exist in that time zone: the clocks change then")
    public boolean isStartAnExistingLocalTime() {
        return exists(start);
    }

    @AssertTrue(message = "The end does not exist in that time zone: the clocks change then")
    public boolean isEndAnExistingLocalTime() {
        return exists(end);
    }

    @AssertTrue(message = "A meeting has at least two delegations")
    public boolean isAttendedByTwoDelegations() {
        return kind == null || !kind.needsDelegations() || delegations.size() >= 2;
    }

    @AssertTrue(message = "A person can be in only one delegation of a meeting, and only once")
    public boolean isEveryPersonListedOnce() {
        Set<PersonId> seen = new HashSet<>();
        return delegations.stream().flatMap(d -> d.members().stream()).allMatch(m -> m.person() == null
                || seen.add(m.person()));
    }

    @AssertTrue(message = "Only one delegation can be ours")
    public boolean isAtMostOneDelegationOurs() {
        return delegations.stream().filter(DelegationData::ours).count() <= 1;
    }

    @AssertTrue(message = "A sideline meeting belongs to a conference: choose it")
    public boolean isSidelineAttachedToConference() {
        return kind != MeetingKind.SIDELINE_MEETING || parentConference != null;
    }

    @AssertTrue(message = "Choose a venue for a meeting held in person")
    public boolean isVenueGivenWhenNeeded() {
        return format == null || !format.needsVenue() || venue != null;
    }

    @AssertTrue(message = "A room needs its venue")
    public boolean isRoomWithinVenue() {
        return room == null || venue != null;
    }

    /** Every person in every delegation. */
    public Set<PersonId> people() {
        Set<PersonId> people = new HashSet<>();
        delegations.forEach(d -> d.members().forEach(m -> people.add(m.person())));
        return people;
    }

    private boolean exists(@Nullable LocalDateTime local) {
        if (local == null || timeZone == null) {
            return true;
        }
        // in a spring-forward gap no offset is valid: 02:30 on a European changeover day never happens
        return !timeZone.getRules().getValidOffsets(local).isEmpty();
    }
}

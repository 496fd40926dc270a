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
        @NotBlank(message = "{meeting.data.titleRequired}")
        @Size(max = TITLE_MAX_LENGTH, message = "{meeting.data.titleLength}")
        @PlainText
        String title,

        @NotNull(message = "{meeting.data.kindRequired}") MeetingKind kind,
        @NotNull(message = "{meeting.data.tierRequired}") Tier tier,
        @NotNull(message = "{meeting.data.formatRequired}") MeetingFormat format,

        @NotNull(message = "{meeting.data.startRequired}") @WithinCalendarYears
        LocalDateTime start,

        @NotNull(message = "{meeting.data.endRequired}") @WithinCalendarYears
        LocalDateTime end,

        @NotNull(message = "{meeting.data.zoneRequired}") @AreaCityZone
        ZoneId timeZone,

        @Nullable VenueId venue,
        @Nullable RoomId room,
        @Nullable CountryCode initiatingSide,
        @Nullable CountryCode hostSide,

        @NotNull(message = "{meeting.data.classificationRequired}")
        Classification classification,

        @Size(max = OBJECTIVES_MAX_LENGTH, message = "{meeting.data.objectivesLength}") @PlainText(multiline = true)
        String objectives,

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

    // The rules that join several fields, each once: the record's constraints below check them on every save, and the
    // editor checks the same rules next to the field they concern while the planner types. Each is its text's key.
    public static final String END_AFTER_START = "meeting.data.endAfterStart";
    public static final String NOT_TOO_LONG = "meeting.data.notTooLong";
    public static final String START_EXISTS = "meeting.data.startExists";
    public static final String END_EXISTS = "meeting.data.endExists";
    public static final String TWO_DELEGATIONS = "meeting.data.twoDelegations";
    public static final String EVERY_PERSON_ONCE = "meeting.data.everyPersonOnce";
    public static final String ONE_DELEGATION_OURS = "meeting.data.oneDelegationOurs";
    public static final String SIDELINE_NEEDS_CONFERENCE = "meeting.data.sidelineNeedsConference";
    public static final String VENUE_NEEDED = "meeting.data.venueNeeded";
    public static final String ROOM_NEEDS_VENUE = "meeting.data.roomNeedsVenue";

    public static boolean endsAfterStart(@Nullable LocalDateTime start, @Nullable LocalDateTime end) {
        return start == null || end == null || end.isAfter(start);
    }

    public static boolean withinLongestDuration(@Nullable LocalDateTime start, @Nullable LocalDateTime end) {
        // a start outside the calendar years is refused on its own, and start.plusDays could not even be computed
        return start == null
                || end == null
                || !CalendarYears.contain(start)
                || !end.isAfter(start.plusDays(MAX_DURATION_DAYS));
    }

    /** False for a wall-clock time that never happens in the zone: 02:30 on a European spring-forward day. */
    public static boolean existsIn(@Nullable LocalDateTime local, @Nullable ZoneId zone) {
        return local == null
                || zone == null
                || !zone.getRules().getValidOffsets(local).isEmpty();
    }

    public static boolean enoughDelegations(@Nullable MeetingKind kind, List<DelegationData> delegations) {
        return kind == null || !kind.needsDelegations() || delegations.size() >= 2;
    }

    public static boolean everyPersonOnce(List<DelegationData> delegations) {
        Set<PersonId> seen = new HashSet<>();
        return delegations.stream()
                .flatMap(d -> d.members().stream())
                .allMatch(m -> m.person() == null || seen.add(m.person()));
    }

    public static boolean atMostOneOurs(List<DelegationData> delegations) {
        return delegations.stream().filter(DelegationData::ours).count() <= 1;
    }

    public static boolean conferenceGivenWhenNeeded(@Nullable MeetingKind kind, @Nullable MeetingId conference) {
        return kind != MeetingKind.SIDELINE_MEETING || conference != null;
    }

    public static boolean venueGivenWhenNeeded(@Nullable MeetingFormat format, @Nullable VenueId venue) {
        return format == null || !format.needsVenue() || venue != null;
    }

    @AssertTrue(message = "{" + END_AFTER_START + "}")
    public boolean isEndAfterStart() {
        return endsAfterStart(start, end);
    }

    @AssertTrue(message = "{" + NOT_TOO_LONG + "}")
    public boolean isNotTooLong() {
        return withinLongestDuration(start, end);
    }

    @AssertTrue(message = "{" + START_EXISTS + "}")
    public boolean isStartAnExistingLocalTime() {
        return existsIn(start, timeZone);
    }

    @AssertTrue(message = "{" + END_EXISTS + "}")
    public boolean isEndAnExistingLocalTime() {
        return existsIn(end, timeZone);
    }

    @AssertTrue(message = "{" + TWO_DELEGATIONS + "}")
    public boolean isAttendedByTwoDelegations() {
        return enoughDelegations(kind, delegations);
    }

    @AssertTrue(message = "{" + EVERY_PERSON_ONCE + "}")
    public boolean isEveryPersonListedOnce() {
        return everyPersonOnce(delegations);
    }

    @AssertTrue(message = "{" + ONE_DELEGATION_OURS + "}")
    public boolean isAtMostOneDelegationOurs() {
        return atMostOneOurs(delegations);
    }

    @AssertTrue(message = "{" + SIDELINE_NEEDS_CONFERENCE + "}")
    public boolean isSidelineAttachedToConference() {
        return conferenceGivenWhenNeeded(kind, parentConference);
    }

    @AssertTrue(message = "{" + VENUE_NEEDED + "}")
    public boolean isVenueGivenWhenNeeded() {
        return venueGivenWhenNeeded(format, venue);
    }

    @AssertTrue(message = "{" + ROOM_NEEDS_VENUE + "}")
    public boolean isRoomWithinVenue() {
        return room == null || venue != null;
    }

    /**
     * A new meeting that carries an earlier one forward: the same delegations (answers not yet given), a link back,
     * two weeks later at the same hour. The kind is the one asked for; tier and format follow it, and the venue is
     * kept only if the new meeting is held somewhere.
     */
    public static MeetingData followUpOf(MeetingDetails earlier, String title, String objectives, MeetingKind kind) {
        MeetingData base = earlier.toData();
        String shortened =
                title.length() > TITLE_MAX_LENGTH ? title.substring(0, TITLE_MAX_LENGTH - 1) + "\u2026" : title;
        boolean sameKind = kind == base.kind();
        MeetingFormat format = sameKind ? base.format() : kind.defaultFormat();
        VenueId venue = format.needsVenue() || sameKind ? base.venue() : null;
        return new MeetingData(
                shortened,
                kind,
                sameKind ? base.tier() : kind.defaultTier(),
                format,
                base.start().plusWeeks(2),
                base.end().plusWeeks(2),
                base.timeZone(),
                venue,
                null,
                base.initiatingSide(),
                base.hostSide(),
                base.classification(),
                objectives,
                null,
                earlier.id(),
                base.delegations().stream()
                        .map(d -> new DelegationData(
                                d.country(),
                                d.organisation(),
                                d.ours(),
                                d.members().stream()
                                        .map(m -> new MemberData(m.person(), m.role()))
                                        .toList(),
                                d.manualOrder(),
                                d.language()))
                        .toList(),
                List.of());
    }

    /** Every person in every delegation. */
    public Set<PersonId> people() {
        Set<PersonId> people = new HashSet<>();
        delegations.forEach(d -> d.members().forEach(m -> people.add(m.person())));
        return people;
    }
}

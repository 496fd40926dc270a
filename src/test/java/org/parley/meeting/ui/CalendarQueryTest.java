package org.parley.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.directory.Person;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingSummary;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberRole;
import org.parley.security.SystemTask;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Slice;

/**
 * Calendar period queries on the real database: a month in a zone loads exactly the meetings that overlap it,
 * including at boundaries that daylight saving moves, and nothing above the viewer's clearance.
 */
@ParleyTest
class CalendarQueryTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Every title here starts with this, so that meetings other tests plan in March 2026 cannot interfere. */
    private static final String PROBE = "Calprobe ";

    @Autowired
    MeetingService meetings;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers users;

    private MeetingId plan(
            String title,
            MeetingKind kind,
            LocalDateTime start,
            LocalDateTime end,
            ZoneId zone,
            Classification classification) {
        List<DelegationData> delegations = List.of();
        if (kind.needsDelegations()) {
            Person ours = directory.person(title + " DE", new CountryCode("DE"), BERLIN);
            Person theirs = directory.person(title + " US", new CountryCode("US"), NEW_YORK);
            delegations = List.of(
                    new DelegationData(
                            new CountryCode("DE"), null, true, List.of(new MemberData(ours.id(), MemberRole.HEAD))),
                    new DelegationData(
                            new CountryCode("US"), null, false, List.of(new MemberData(theirs.id(), MemberRole.HEAD))));
        }
        MeetingData data = MeetingDataBuilder.meeting(PROBE + title)
                .kind(kind)
                .format(MeetingFormat.VIRTUAL)
                .at(start, end, zone)
                .classification(classification)
                .delegations(delegations)
                .build();
        return SystemTask.runAsSystem(() -> meetings.create(data, true).id());
    }

    private MeetingId plan(String title, LocalDateTime start, LocalDateTime end, ZoneId zone) {
        return plan(title, MeetingKind.VIDEO_CALL, start, end, zone, Classification.UNCLASSIFIED);
    }

    private List<String> titlesIn(String username, CalendarPeriod period) {
        Slice<MeetingSummary> found = users.as(
                username,
                () -> meetings.inPeriod(
                        MeetingFilter.all().withText(PROBE), period.from(), period.to(), MeetingService.PERIOD_LIMIT));
        assertThat(found.hasNext()).isFalse();
        return found.getContent().stream()
                .map(m -> m.title().substring(PROBE.length()))
                .toList();
    }

    @Test
    void a_month_loads_what_overlaps_its_local_boundaries_and_hides_what_is_above_the_viewers_clearance() {
        // March 2026 in Berlin runs from 28 Feb 23:00 UTC (UTC+1) to 31 Mar 22:00 UTC (UTC+2, since the 29th)
        plan("ends as March begins", LocalDateTime.of(2026, 2, 28, 23, 0), LocalDateTime.of(2026, 3, 1, 0, 0), BERLIN);
        plan(
                "across the first midnight",
                LocalDateTime.of(2026, 2, 28, 23, 30),
                LocalDateTime.of(2026, 3, 1, 0, 30),
                BERLIN);
        plan(
                "long conference into March",
                MeetingKind.CONFERENCE,
                LocalDateTime.of(2026, 2, 16, 9, 0),
                LocalDateTime.of(2026, 3, 2, 18, 0),
                BERLIN,
                Classification.UNCLASSIFIED);
        plan(
                "after the clocks change",
                LocalDateTime.of(2026, 3, 29, 10, 0),
                LocalDateTime.of(2026, 3, 29, 11, 0),
                BERLIN);
        plan(
                "last evening of March",
                LocalDateTime.of(2026, 3, 31, 23, 0),
                LocalDateTime.of(2026, 3, 31, 23, 30),
                BERLIN);
        // 22:30 UTC on 31 March: still March by a winter offset, but already April in Berlin
        plan(
                "first half hour of April",
                LocalDateTime.of(2026, 4, 1, 0, 30),
                LocalDateTime.of(2026, 4, 1, 1, 0),
                BERLIN);
        // 19:00 in New York on 31 March is 01:00 on 1 April in Berlin
        plan("New York evening", LocalDateTime.of(2026, 3, 31, 19, 0), LocalDateTime.of(2026, 3, 31, 20, 0), NEW_YORK);
        plan(
                "secret talks",
                MeetingKind.VIDEO_CALL,
                LocalDateTime.of(2026, 3, 15, 10, 0),
                LocalDateTime.of(2026, 3, 15, 11, 0),
                BERLIN,
                Classification.SECRET);

        CalendarPeriod berlinMarch = CalendarPeriod.containing(CalendarMode.MONTH, LocalDate.of(2026, 3, 1), BERLIN);
        assertThat(titlesIn("planner", berlinMarch))
                .containsExactly(
                        "long conference into March",
                        "across the first midnight",
                        "after the clocks change",
                        "last evening of March");
        assertThat(titlesIn("approver", berlinMarch))
                .containsExactly(
                        "long conference into March",
                        "across the first midnight",
                        "secret talks",
                        "after the clocks change",
                        "last evening of March");

        CalendarPeriod newYorkMarch = CalendarPeriod.containing(CalendarMode.MONTH, LocalDate.of(2026, 3, 1), NEW_YORK);
        // New York's March starts six hours after Berlin's and ends six hours after it (its clocks changed on the
        // 8th, Berlin's on the 29th): the two around Berlin's first midnight are February there, the last three March
        assertThat(titlesIn("planner", newYorkMarch))
                .containsExactly(
                        "long conference into March",
                        "after the clocks change",
                        "last evening of March",
                        "first half hour of April",
                        "New York evening");

        CalendarPeriod berlinApril = berlinMarch.next();
        assertThat(titlesIn("planner", berlinApril)).containsExactly("first half hour of April", "New York evening");
    }

    @Test
    void a_period_loads_at_most_the_limit_and_says_that_there_is_more() {
        for (int day = 2; day <= 4; day++) {
            plan(
                    "busy day " + day,
                    LocalDateTime.of(2026, 7, day, 9, 0),
                    LocalDateTime.of(2026, 7, day, 10, 0),
                    BERLIN);
        }
        CalendarPeriod july = CalendarPeriod.containing(CalendarMode.MONTH, LocalDate.of(2026, 7, 1), BERLIN);

        Slice<MeetingSummary> firstTwo = users.as(
                "viewer",
                () -> meetings.inPeriod(MeetingFilter.all().withText(PROBE + "busy day"), july.from(), july.to(), 2));

        assertThat(firstTwo.getContent())
                .extracting(MeetingSummary::title)
                .containsExactly(PROBE + "busy day 2", PROBE + "busy day 3");
        assertThat(firstTwo.hasNext()).isTrue();
        assertThatThrownBy(() -> users.as(
                        "viewer",
                        () -> meetings.inPeriod(
                                MeetingFilter.all(), july.from(), july.to(), MeetingService.PERIOD_LIMIT + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        users.as("viewer", () -> meetings.inPeriod(MeetingFilter.all(), july.to(), july.from(), 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_sideline_meeting_carries_its_conference_so_that_the_calendar_can_nest_it() {
        MeetingId conference = plan(
                "nesting conference",
                MeetingKind.CONFERENCE,
                LocalDateTime.of(2026, 9, 7, 9, 0),
                LocalDateTime.of(2026, 9, 9, 18, 0),
                BERLIN,
                Classification.UNCLASSIFIED);
        Person ours = directory.person("Calprobe sideline DE", new CountryCode("DE"), BERLIN);
        Person theirs = directory.person("Calprobe sideline FR", new CountryCode("FR"), BERLIN);
        LocalDateTime start = LocalDateTime.of(2026, 9, 8, 14, 0);
        SystemTask.runAsSystem(() -> meetings.create(
                MeetingDataBuilder.meeting(PROBE + "nested sideline")
                        .kind(MeetingKind.SIDELINE_MEETING)
                        .format(MeetingFormat.VIRTUAL)
                        .at(start, start.plusHours(1), BERLIN)
                        .conference(conference)
                        .headedBy(new CountryCode("DE"), ours.id(), new CountryCode("FR"), theirs.id())
                        .build(),
                true));
        CalendarPeriod week = CalendarPeriod.containing(CalendarMode.WEEK, LocalDate.of(2026, 9, 8), BERLIN);

        List<MeetingSummary> found = users.as(
                        "viewer",
                        () -> meetings.inPeriod(MeetingFilter.all().withText(PROBE), week.from(), week.to(), 100))
                .getContent();

        assertThat(found)
                .extracting(MeetingSummary::title, MeetingSummary::parentConference)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PROBE + "nesting conference", null),
                        org.assertj.core.groups.Tuple.tuple(PROBE + "nested sideline", conference));
        assertThat(CalendarDays.layOut(found, week).get(LocalDate.of(2026, 9, 8)))
                .extracting(CalendarEntry::nested)
                .containsExactly(false, true);
    }
}

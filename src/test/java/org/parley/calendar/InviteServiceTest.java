package org.parley.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.MutableClock;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.approval.ApprovalService;
import org.parley.calendar.internal.IcsChecks;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.directory.Venue;
import org.parley.meeting.Acknowledged;
import org.parley.meeting.AgendaItemData;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberRole;
import org.parley.meeting.ParticipantResponse;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;

@ParleyTest
class InviteServiceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    InviteService invites;

    @Autowired
    MeetingService meetings;

    @Autowired
    ApprovalService approvals;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    private Person lavrov;
    private Person rubio;
    private Person interpreter;
    private Venue villa;
    private Venue embassy;
    private int year;

    @BeforeEach
    void directory() {
        int n = counter.incrementAndGet();
        year = 2300 + n;
        lavrov = directory.person(withEmail("Sergei Lavrov " + n, "RU", "lavrov" + n + "@mid.example"));
        rubio = directory.person(withEmail("Marco Rubio " + n, "US", "rubio" + n + "@state.example"));
        interpreter = directory.person(withEmail("Anna Interpreter " + n, "RU", null));
        villa = directory.venue("Villa Borsig " + n, BERLIN, "Salon");
        embassy = directory.venue("Embassy " + n, BERLIN, "Hall");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static PersonData withEmail(String name, String country, String email) {
        return new PersonData(
                name,
                null,
                null,
                new CountryCode(country),
                email,
                null,
                null,
                BERLIN,
                PersonData.DEFAULT_WORKDAY_START,
                PersonData.DEFAULT_WORKDAY_END,
                null);
    }

    private MeetingData data(String title, LocalDateTime start, Venue venue, Classification classification) {
        return MeetingDataBuilder.meeting(title)
                .kind(MeetingKind.EXPERT_MEETING)
                .at(start, start.plusHours(2), BERLIN)
                .venue(venue.id())
                .room(venue.rooms().getFirst().id())
                .classification(classification)
                .objectives("Restore the embassies' work")
                .delegations(List.of(
                        new DelegationData(
                                new CountryCode("RU"),
                                null,
                                true,
                                List.of(
                                        new MemberData(lavrov.id(), MemberRole.HEAD, ParticipantResponse.ACCEPTED),
                                        new MemberData(interpreter.id(), MemberRole.INTERPRETER))),
                        new DelegationData(
                                new CountryCode("US"),
                                null,
                                false,
                                List.of(new MemberData(rubio.id(), MemberRole.HEAD, ParticipantResponse.TENTATIVE)))))
                .agenda(List.of(new AgendaItemData("Embassies", "Staffing, property, visas", 60)))
                .build();
    }

    private MeetingId planned(String title, Classification classification) {
        return users.as(
                "planner",
                () -> meetings.create(data(title, LocalDateTime.of(year, 3, 29, 10, 0), villa, classification), true)
                        .id());
    }

    private void approve(MeetingId id) {
        if (users.as("planner", () -> meetings.get(id).status()) != MeetingStatus.PENDING_APPROVAL) {
            users.as("planner", () -> approvals.submit(id, null));
        }
        int round = users.as("approver", () -> approvals.state(id).round());
        users.as("approver", () -> approvals.approve(id, round, null));
    }

    private MeetingId approved(String title) {
        MeetingId id = planned(title, Classification.RESTRICTED);
        approve(id);
        return id;
    }

    /** Saves the planner's change: a new time or place sends the meeting back for approval. */
    private void change(MeetingId id, LocalDateTime start, Venue venue) {
        users.as("planner", () -> {
            MeetingDetails current = meetings.get(id);
            meetings.update(
                    id,
                    data(current.title(), start, venue, current.classification()),
                    current.version(),
                    Acknowledged.CONFLICTS,
                    Acknowledged.REAPPROVAL);
        });
    }

    private static List<String> lines(CalendarFile file) {
        IcsChecks.check(file.content());
        return IcsChecks.unfolded(new String(file.content(), StandardCharsets.UTF_8));
    }

    private static int sequence(CalendarFile file) {
        return Integer.parseInt(IcsChecks.property(lines(file), "SEQUENCE").substring("SEQUENCE:".length()));
    }

    @Test
    void an_approved_meeting_gives_an_invite_to_everyone_with_an_e_mail_address() {
        MeetingId id = approved("Consultations " + year);

        CalendarFile invite = users.as("planner", () -> invites.invite(id));

        assertThat(invite.method()).isEqualTo(CalendarMethod.REQUEST);
        assertThat(invite.fileName()).isEqualTo("parley-meeting-" + id + ".ics");
        assertThat(invite.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
        var parsed = IcsChecks.check(invite.content());
        MeetingDetails meeting = users.as("planner", () -> meetings.get(id));
        assertThat(IcsChecks.start(parsed)).isEqualTo(meeting.start());
        assertThat(IcsChecks.summary(parsed)).isEqualTo("Consultations " + year);
        List<String> lines = lines(invite);
        assertThat(lines)
                .contains(
                        "METHOD:REQUEST",
                        "UID:meeting-" + id + "@parley.invalid",
                        "CLASS:CONFIDENTIAL",
                        "URL:http://localhost:8080/meetings/" + id,
                        "ORGANIZER;CN=Parley:mailto:calendar@parley.invalid");
        assertThat(lines.stream().filter(line -> line.startsWith("ATTENDEE")))
                .containsExactly(
                        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=CHAIR;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=" + lavrov.fullName()
                                + ":mailto:" + lavrov.email(),
                        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="
                                + rubio.fullName() + ":mailto:" + rubio.email());
        assertThat(IcsChecks.property(lines, "LOCATION")).isEqualTo("LOCATION:" + villa.name() + "\\, Salon\\, Berlin");
    }

    @Test
    void the_same_meeting_downloaded_twice_gives_the_same_bytes() {
        MeetingId id = approved("Twice " + year);

        CalendarFile first = users.as("planner", () -> invites.invite(id));
        clock.advance(Duration.ofHours(5));
        CalendarFile second = users.as("approver", () -> invites.invite(id));

        assertThat(second.content()).isEqualTo(first.content());
        assertThat(users.as("planner", () -> invites.publish(id)).content())
                .isEqualTo(users.as("planner", () -> invites.publish(id)).content());
    }

    @Test
    void the_uid_stays_and_the_sequence_rises_with_time_place_and_status_and_never_falls() {
        MeetingId id = approved("Sequence " + year);
        LocalDateTime original = LocalDateTime.of(year, 3, 29, 10, 0);
        CalendarFile first = users.as("planner", () -> invites.invite(id));
        int sequence = sequence(first);
        String uid = IcsChecks.property(lines(first), "UID");

        change(id, original.plusHours(3), villa);
        approve(id);
        CalendarFile later = users.as("planner", () -> invites.invite(id));
        assertThat(sequence(later)).isGreaterThan(sequence);
        assertThat(lines(later)).contains("DTSTART;TZID=Europe/Berlin:" + year + "0329T130000");

        change(id, original.plusHours(3), embassy);
        approve(id);
        CalendarFile moved = users.as("planner", () -> invites.invite(id));
        assertThat(sequence(moved)).isGreaterThan(sequence(later));

        change(id, original, villa);
        approve(id);
        CalendarFile back = users.as("planner", () -> invites.invite(id));
        assertThat(sequence(back))
                .as("back to the first time and place, but later than every copy out there")
                .isGreaterThan(sequence(moved));

        users.as("planner", () -> approvals.cancel(id, "Overtaken by events"));
        CalendarFile cancellation = users.as("planner", () -> invites.invite(id));
        assertThat(cancellation.method()).isEqualTo(CalendarMethod.CANCEL);
        assertThat(cancellation.fileName()).isEqualTo("parley-meeting-" + id + "-cancelled.ics");
        assertThat(sequence(cancellation)).isGreaterThan(sequence(back));
        assertThat(lines(cancellation))
                .contains(uid, "METHOD:CANCEL", "STATUS:CANCELLED")
                .doesNotContain("BEGIN:VALARM");
        assertThat(List.of(later, moved, back, cancellation))
                .allSatisfy(file -> assertThat(lines(file)).contains(uid));
    }

    @Test
    void a_change_undone_before_anyone_downloads_still_counts() {
        MeetingId id = approved("Undone " + year);
        LocalDateTime original = LocalDateTime.of(year, 3, 29, 10, 0);
        int before = sequence(users.as("planner", () -> invites.invite(id)));

        // nobody downloads in between, yet someone may have been told of the new time by other means
        change(id, original.plusDays(1), villa);
        change(id, original, villa);
        approve(id);

        assertThat(sequence(users.as("planner", () -> invites.invite(id)))).isGreaterThan(before);
    }

    @Test
    void a_change_to_the_agenda_changes_the_file_but_not_the_sequence() {
        MeetingId id = approved("Agenda only " + year);
        CalendarFile before = users.as("planner", () -> invites.invite(id));

        clock.advance(Duration.ofMinutes(10));
        users.as("planner", () -> {
            MeetingDetails current = meetings.get(id);
            MeetingData data = current.toData();
            meetings.update(
                    id,
                    MeetingDataBuilder.from(data)
                            .objectives("New objectives")
                            .conference(null)
                            .followUpOf(null)
                            .build(),
                    current.version(),
                    Acknowledged.CONFLICTS,
                    Acknowledged.REAPPROVAL);
        });
        CalendarFile after = users.as("planner", () -> invites.invite(id));

        assertThat(sequence(after)).isEqualTo(sequence(before));
        assertThat(after.content()).isNotEqualTo(before.content());
        assertThat(IcsChecks.property(lines(after), "DTSTAMP"))
                .isNotEqualTo(IcsChecks.property(lines(before), "DTSTAMP"));
    }

    @Test
    void drafts_and_meetings_waiting_for_approval_stay_in_parley() {
        MeetingId draft = planned("Draft " + year, Classification.UNCLASSIFIED);

        assertThat(users.as("planner", () -> invites.availability(draft))).isEqualTo(InviteAvailability.NOT_YET);
        assertThatThrownBy(() -> users.as("planner", () -> invites.invite(draft)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage(
                        "Invites are available once the meeting is approved; \u201cDraft " + year + "\u201d is draft");
        assertThatThrownBy(() -> users.as("planner", () -> invites.publish(draft)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("Invites are available once");

        users.as("planner", () -> approvals.submit(draft, null));
        assertThat(users.as("planner", () -> invites.availability(draft))).isEqualTo(InviteAvailability.NOT_YET);
        assertThatThrownBy(() -> users.as("planner", () -> invites.invite(draft)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageEndingWith("is pending approval");
    }

    @Test
    void a_cancelled_meeting_offers_its_cancellation_and_no_copy() {
        MeetingId id = approved("Cancelled " + year);
        users.as("planner", () -> approvals.cancel(id, "The other side cannot travel"));

        assertThat(users.as("planner", () -> invites.availability(id))).isEqualTo(InviteAvailability.CANCELLATION);
        assertThatThrownBy(() -> users.as("planner", () -> invites.publish(id)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("download its cancellation");
    }

    @Test
    void a_meeting_cancelled_before_it_was_approved_offers_no_file_at_all() {
        MeetingId draft = planned("Cancelled draft " + year, Classification.UNCLASSIFIED);
        MeetingId pending = users.as(
                "planner",
                () -> meetings.create(
                                data(
                                        "Cancelled while pending " + year,
                                        LocalDateTime.of(year, 4, 5, 10, 0),
                                        villa,
                                        Classification.UNCLASSIFIED),
                                true)
                        .id());
        users.as("planner", () -> approvals.submit(pending, null));
        users.as("planner", () -> approvals.cancel(draft, "Not needed"));
        users.as("planner", () -> approvals.cancel(pending, "Not needed"));

        for (MeetingId id : List.of(draft, pending)) {
            assertThat(users.as("planner", () -> invites.availability(id))).isEqualTo(InviteAvailability.NEVER);
            assertThatThrownBy(() -> users.as("planner", () -> invites.invite(id)))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("never left Parley");
            assertThatThrownBy(() -> users.as("planner", () -> invites.publish(id)))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("never left Parley");
        }
    }

    @Test
    void a_meeting_approved_then_sent_back_and_cancelled_still_offers_its_cancellation() {
        MeetingId id = approved("Approved, changed, cancelled " + year);
        change(id, LocalDateTime.of(year, 5, 20, 10, 0), villa);
        assertThat(users.as("planner", () -> meetings.get(id).status())).isEqualTo(MeetingStatus.PENDING_APPROVAL);

        users.as("planner", () -> approvals.cancel(id, "The other side cannot travel"));

        assertThat(users.as("planner", () -> invites.availability(id))).isEqualTo(InviteAvailability.CANCELLATION);
        assertThat(lines(users.as("planner", () -> invites.invite(id)))).contains("METHOD:CANCEL");
    }

    @Test
    void a_viewer_without_the_clearance_finds_no_invite() {
        MeetingId restricted = approved("Restricted " + year);

        assertThatThrownBy(() -> users.as("viewer", () -> invites.invite(restricted)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as("viewer", () -> invites.publish(restricted)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as("viewer", () -> invites.availability(restricted)))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as("planner2", () -> invites.invite(restricted)).method())
                .as("restricted clearance is enough")
                .isEqualTo(CalendarMethod.REQUEST);
    }

    @Test
    void a_meeting_without_anyone_to_invite_offers_only_a_copy() {
        MeetingId conference = users.as(
                "planner",
                () -> meetings.create(
                                MeetingDataBuilder.meeting("Security conference " + year)
                                        .kind(MeetingKind.CONFERENCE)
                                        .at(
                                                LocalDateTime.of(year, 2, 13, 8, 0),
                                                LocalDateTime.of(year, 2, 15, 18, 0),
                                                BERLIN)
                                        .venue(villa.id())
                                        .build(),
                                true)
                        .id());
        approve(conference);

        assertThat(users.as("viewer", () -> invites.availability(conference))).isEqualTo(InviteAvailability.COPY_ONLY);
        assertThatThrownBy(() -> users.as("viewer", () -> invites.invite(conference)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("nobody to invite");
        CalendarFile copy = users.as("viewer", () -> invites.publish(conference));
        assertThat(lines(copy))
                .contains("METHOD:PUBLISH", "CLASS:PUBLIC")
                .noneMatch(line -> line.startsWith("ATTENDEE"));
    }
}

package org.parley.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.calendar.internal.ExampleMeeting.meeting;
import static org.parley.calendar.internal.ExampleMeeting.member;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.calendar.CalendarMethod;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MemberRole;
import org.parley.meeting.ParticipantResponse;
import org.parley.shared.Classification;
import org.parley.shared.RuleViolationException;

class InviteWriterTest {

    private final InviteWriter writer = new InviteWriter(InviteCorpusTest.SETTINGS, InviteCorpusTest.BASE_URL);

    private List<String> lines(MeetingDetails meeting, CalendarMethod method) {
        byte[] ics = writer.write(meeting, 0, method);
        IcsChecks.check(ics);
        return IcsChecks.unfolded(new String(ics, StandardCharsets.UTF_8));
    }

    private static List<String> attendees(List<String> lines) {
        return lines.stream().filter(line -> line.startsWith("ATTENDEE")).toList();
    }

    @Test
    void no_file_is_written_for_a_meeting_dated_outside_the_calendar_years() {
        for (LocalDateTime start : List.of(
                LocalDateTime.of(99999, 5, 10, 10, 0),
                LocalDateTime.of(0, 1, 1, 10, 0),
                LocalDateTime.of(1899, 12, 31, 10, 0),
                LocalDateTime.of(2999, 12, 31, 23, 30))) {
            // the last runs into the year 3000 on the Berlin clock
            MeetingDetails meeting = meeting()
                    .at(ZoneId.of("Europe/Berlin"), start, Duration.ofHours(1))
                    .build();

            for (CalendarMethod method : CalendarMethod.values()) {
                assertThatThrownBy(() -> writer.write(meeting, 0, method))
                        .as(start + " " + method)
                        .isInstanceOf(RuleViolationException.class)
                        .hasMessageContaining("outside the years 1900");
            }
        }
    }

    @Test
    void an_invite_asks_everyone_with_an_e_mail_address_once_with_their_role_and_answer_so_far() {
        MeetingDetails meeting = meeting()
                .delegation(
                        "SA",
                        false,
                        member(
                                "Faisal bin Farhan",
                                "faisal@mofa.example",
                                MemberRole.HEAD,
                                ParticipantResponse.ACCEPTED),
                        member(
                                "Note Taker",
                                "notes@mofa.example",
                                MemberRole.NOTE_TAKER,
                                ParticipantResponse.NEEDS_ACTION),
                        member(
                                "Shared Mailbox",
                                "LAVROV@mid.example",
                                MemberRole.LIAISON,
                                ParticipantResponse.ACCEPTED),
                        member(
                                "The Organiser",
                                "protocol@mfa.example",
                                MemberRole.DELEGATE,
                                ParticipantResponse.ACCEPTED))
                .build();

        assertThat(attendees(lines(meeting, CalendarMethod.REQUEST)))
                .containsExactly(
                        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=CHAIR;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sergei Lavrov"
                                + ":mailto:lavrov@mid.example",
                        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN=Yuri Ushakov"
                                + ":mailto:ushakov@kremlin.example",
                        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marco Rubio"
                                + ":mailto:rubio@state.example",
                        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=DECLINED;RSVP=TRUE;CN=Steve Witkoff"
                                + ":mailto:witkoff@state.example",
                        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Faisal bin Farhan"
                                + ":mailto:faisal@mofa.example",
                        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Note Taker"
                                + ":mailto:notes@mofa.example");
    }

    @Test
    void a_copy_for_ones_own_calendar_names_the_organiser_and_nobody_else() {
        List<String> lines = lines(meeting().build(), CalendarMethod.PUBLISH);

        assertThat(lines)
                .contains(
                        "METHOD:PUBLISH",
                        "STATUS:CONFIRMED",
                        "ORGANIZER;CN=Protocol Office:mailto:protocol@mfa.example");
        assertThat(attendees(lines)).isEmpty();
    }

    @Test
    void a_cancellation_is_cancelled_asks_for_no_answer_and_sets_no_alarm() {
        List<String> lines = lines(meeting().status(MeetingStatus.CANCELLED).build(), CalendarMethod.CANCEL);

        assertThat(lines).contains("METHOD:CANCEL", "STATUS:CANCELLED").doesNotContain("BEGIN:VALARM");
        assertThat(attendees(lines))
                .hasSize(4)
                .allSatisfy(line -> assertThat(line).contains(";RSVP=FALSE;"));
    }

    @Test
    void an_invite_without_anyone_to_invite_never_leaves() {
        MeetingDetails conference =
                meeting().kind(MeetingKind.CONFERENCE).noDelegations().build();

        assertThat(writer.hasInvitees(conference)).isFalse();
        assertThatThrownBy(() -> writer.write(conference, 0, CalendarMethod.REQUEST))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ATTENDEE");
    }

    @Test
    void anything_classified_is_confidential_to_other_calendars() {
        assertThat(lines(meeting().build(), CalendarMethod.REQUEST)).contains("CLASS:PUBLIC");
        for (Classification classified :
                List.of(Classification.RESTRICTED, Classification.CONFIDENTIAL, Classification.SECRET)) {
            List<String> lines = lines(meeting().classification(classified).build(), CalendarMethod.REQUEST);
            assertThat(lines).contains("CLASS:CONFIDENTIAL");
            assertThat(IcsChecks.property(lines, "DESCRIPTION"))
                    .startsWith("DESCRIPTION:Classification: " + classified.label() + "\\n");
        }
    }

    @Test
    void the_location_is_the_venue_room_and_address_or_the_kind_of_call() {
        assertThat(lines(meeting().build(), CalendarMethod.PUBLISH))
                .contains("LOCATION:Villa Borsig\\, Salon\\, Reiherwerder 1\\, 13505 Berlin");
        assertThat(lines(meeting().kind(MeetingKind.PHONE_CALL).build(), CalendarMethod.PUBLISH))
                .contains("LOCATION:Phone call");
        assertThat(lines(meeting().kind(MeetingKind.VIDEO_CALL).build(), CalendarMethod.PUBLISH))
                .contains("LOCATION:Video call");
    }

    @Test
    void the_description_has_the_objectives_the_numbered_agenda_with_minutes_and_the_link() {
        String description = IcsChecks.property(lines(meeting().build(), CalendarMethod.PUBLISH), "DESCRIPTION");

        assertThat(description)
                .isEqualTo("DESCRIPTION:Objectives:\\nAgree on the steps towards restoring the "
                        + "embassies' work.\\n\\nAgenda:\\n1. Opening (15 min)\\n   Welcome by the hosts\\n"
                        + "2. Embassies (60 min)\\n   Staffing\\, property\\, visas\\n\\n"
                        + "Meeting page: https://parley.example.org/meetings/4711");
    }

    @Test
    void the_same_meeting_gives_the_same_bytes_and_another_sequence_other_bytes() {
        MeetingDetails meeting = meeting().build();

        assertThat(writer.write(meeting, 3, CalendarMethod.REQUEST))
                .isEqualTo(writer.write(meeting().build(), 3, CalendarMethod.REQUEST))
                .isNotEqualTo(writer.write(meeting, 4, CalendarMethod.REQUEST));
        assertThat(lines(meeting, CalendarMethod.REQUEST))
                .contains("DTSTAMP:20260120T164530Z", "LAST-MODIFIED:20260120T164530Z", "CREATED:20260105T091500Z");
    }
}

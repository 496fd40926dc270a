package org.parley.calendar.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.participation.Participants.MOSCOW;
import static org.parley.participation.Participants.RU;
import static org.parley.participation.Participants.US;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.calendar.internal.CalendarSettings;
import org.parley.calendar.internal.Sequences;
import org.parley.meeting.AnswerSource;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MemberDetails;
import org.parley.meeting.ParticipantResponse;
import org.parley.participation.CounterProposal;
import org.parley.participation.CounterProposalService;
import org.parley.participation.Participants;
import org.parley.participation.Participants.Participant;
import org.parley.shared.ClusterJobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The replies mailbox read from a real IMAP server (GreenMail): the answers and proposals that Outlook, Google
 * Calendar, Apple Calendar and Thunderbird send, with their quirks, are recorded once; what cannot be applied is set
 * aside for planners and never stops the reader (docs/0026).
 */
@ParleyTest
class CalendarReplyReaderTest {

    private static final String MAILBOX = "calendar@parley.invalid";
    private static final DateTimeFormatter ICAL_LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    @Autowired
    CalendarSettings calendar;

    @Autowired
    MeetingService meetings;

    @Autowired
    CounterProposalService proposals;

    @Autowired
    CalendarReplyService replies;

    @Autowired
    Sequences sequences;

    @Autowired
    CalendarReplyRepository replyRecords;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ClusterJobs clusterJobs;

    @Autowired
    Clock clock;

    @Autowired
    Participants participants;

    @Autowired
    TestUsers as;

    private GreenMail imap;
    private GreenMailUser mailbox;
    private CalendarReplyReader reader;

    @BeforeEach
    void mailbox() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        imap = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
        mailbox = imap.setUser(MAILBOX, "replies", "mailbox-secret");
        var settings = new ReplySettings(
                false,
                "127.0.0.1",
                port,
                false,
                "replies",
                "mailbox-secret",
                "INBOX",
                "Parley-applied",
                "Parley-not-applied",
                Duration.ofMinutes(2),
                Duration.ofSeconds(10));
        reader = new CalendarReplyReader(
                settings, calendar, meetings, proposals, sequences, replyRecords, transactions, clusterJobs, clock);
    }

    @AfterEach
    void stop() throws InterruptedException {
        reader.stop();
        imap.stop();
    }

    /** A sample with the meeting's UID, the participant's address and a fresh Message-ID filled in. */
    private void deliver(String sample, MeetingId meeting, String attendee, Map<String, String> more) throws Exception {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/calendar-replies/" + sample)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var values = new java.util.HashMap<String, String>(Map.of(
                "${UID}",
                calendar.uidOf(meeting.value()),
                "${ATTENDEE}",
                attendee,
                "${ORGANIZER}",
                calendar.organizerEmail(),
                "${MESSAGE_ID}",
                UUID.randomUUID() + "@mail.example",
                "${SEQUENCE}",
                "0"));
        values.putAll(more);
        if (text.contains("${INVITE_ICS_BASE64}")) {
            String ics;
            try (InputStream in = getClass().getResourceAsStream("/calendar-replies/google-invite.ics")) {
                ics = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (var value : values.entrySet()) {
                ics = ics.replace(value.getKey(), value.getValue());
            }
            values.put(
                    "${INVITE_ICS_BASE64}",
                    Base64.getMimeEncoder()
                            .encodeToString(ics.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        }
        for (var value : values.entrySet()) {
            text = text.replace(value.getKey(), value.getValue());
        }
        byte[] bytes = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        mailbox.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes)));
    }

    private void deliver(String sample, MeetingId meeting, String attendee) throws Exception {
        deliver(sample, meeting, attendee, Map.of());
    }

    private int messagesIn(String folderName) throws Exception {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", imap.getImap().getPort(), "replies", "mailbox-secret");
            Folder folder = store.getFolder(folderName);
            return folder.exists() ? folder.getMessageCount() : 0;
        }
    }

    private MemberDetails member(MeetingId id, Participant participant) {
        return as.as("planner", () -> meetings.get(id)).delegations().stream()
                .flatMap(d -> d.members().stream())
                .filter(m -> m.person().equals(participant.person().id()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void answers_from_outlook_google_apple_and_thunderbird_are_recorded_with_their_comments() throws Exception {
        Participant ours = participants.participant("Andrei Volkov", RU);
        Participant outlook = participants.participant("Sarah Collins", US);
        Participant google = participants.participant("Peter Smith", US);
        Participant apple = participants.participant("Anna White", US);
        Participant thunderbird = participants.participant("John Miller", US);
        MeetingId outlookCall = participants.call("Outlook reply", ours, outlook);
        MeetingId googleCall = participants.call("Google reply", ours, google);
        MeetingId appleCall = participants.call("Apple reply", ours, apple);
        MeetingId thunderbirdCall = participants.call("Thunderbird reply", ours, thunderbird);

        // mixed-case addresses, as people type them and programs keep them
        deliver("outlook-reply-tentative.eml", outlookCall, outlook.email().toUpperCase(java.util.Locale.ROOT));
        deliver("google-reply-declined.eml", googleCall, google.email());
        deliver("apple-reply-accepted.eml", appleCall, apple.email());
        deliver("thunderbird-reply-accepted.eml", thunderbirdCall, thunderbird.email());

        assertThat(reader.readMailbox()).containsOnly(ReplyOutcome.APPLIED).hasSize(4);

        MemberDetails fromOutlook = member(outlookCall, outlook);
        assertThat(fromOutlook.response()).isEqualTo(ParticipantResponse.TENTATIVE);
        assertThat(fromOutlook.responseComment()).isEqualTo("I may have to leave after the first hour.");
        assertThat(fromOutlook.answeredThrough()).isEqualTo(AnswerSource.EMAIL);
        MemberDetails fromGoogle = member(googleCall, google);
        assertThat(fromGoogle.response())
                .as("no SEQUENCE: the current invitation")
                .isEqualTo(ParticipantResponse.DECLINED);
        assertThat(fromGoogle.responseComment()).isEqualTo("We have a visit from the capital that day, sorry.");
        assertThat(member(appleCall, apple).response())
                .as("METHOD only in the Content-Type, PARTSTAT and mailto: in mixed case")
                .isEqualTo(ParticipantResponse.ACCEPTED);
        assertThat(member(thunderbirdCall, thunderbird).responseComment())
                .isEqualTo("Gladly \u2013 I will bring the deputy director.");
        assertThat(messagesIn("INBOX")).isZero();
        assertThat(messagesIn("Parley-applied")).isEqualTo(4);
        assertThat(reader.readMailbox()).as("each message is read once").isEmpty();
    }

    @Test
    void an_outlook_counter_proposal_in_a_windows_zone_waits_for_the_planner_once() throws Exception {
        Participant ours = participants.participant("Yuri Sokolov", RU);
        Participant theirs = participants.participant("Sarah Collins", US);
        MeetingId id = participants.call("Outlook counter", ours, theirs);
        MeetingDetails meeting = as.as("planner", () -> meetings.get(id));
        LocalDateTime proposedStart =
                LocalDateTime.ofInstant(meeting.start(), MOSCOW).plusHours(2);
        var times = Map.of(
                "${START}", ICAL_LOCAL.format(proposedStart),
                "${END}", ICAL_LOCAL.format(proposedStart.plusHours(1)),
                "${MESSAGE_ID}", "counter-" + id.value() + "@mail.example");

        deliver("outlook-counter.eml", id, theirs.email(), times);
        assertThat(reader.readMailbox()).containsExactly(ReplyOutcome.APPLIED);
        // the same message again, as when a move to the applied folder was lost: moved, not applied twice
        deliver("outlook-counter.eml", id, theirs.email(), times);
        assertThat(reader.readMailbox()).containsExactly(ReplyOutcome.APPLIED);

        List<CounterProposal> proposed = as.as("planner", () -> proposals.of(id));
        assertThat(proposed).singleElement().satisfies(p -> {
            assertThat(p.start()).isEqualTo(proposedStart.atZone(MOSCOW).toInstant());
            assertThat(p.end())
                    .isEqualTo(proposedStart.plusHours(1).atZone(MOSCOW).toInstant());
            assertThat(p.source()).isEqualTo(AnswerSource.EMAIL);
            assertThat(p.comment()).isEqualTo("Could we talk two hours later? The morning is taken by the Council.");
        });
        assertThat(messagesIn("Parley-applied")).isEqualTo(2);
    }

    @Test
    void a_reply_to_an_older_version_does_not_overwrite_the_answer() throws Exception {
        Participant ours = participants.participant("Kirill Belov", RU);
        Participant theirs = participants.participant("Mary Brown", US);
        MeetingId id = participants.call("Stale reply", ours, theirs);
        MeetingDetails meeting = as.as("planner", () -> meetings.get(id));
        as.as("planner", () -> sequences.count(id)); // the invitation as first written: SEQUENCE 0
        as.as(
                "planner",
                () -> meetings.update(
                        id,
                        org.parley.meeting.MeetingDataBuilder.from(meeting.toData())
                                .at(
                                        LocalDateTime.ofInstant(meeting.start(), MOSCOW)
                                                .plusHours(1),
                                        LocalDateTime.ofInstant(meeting.end(), MOSCOW)
                                                .plusHours(1),
                                        MOSCOW)
                                .build(),
                        meeting.version(),
                        org.parley.meeting.Acknowledged.CONFLICTS));
        int current = as.as("planner", () -> sequences.count(id)).sequence();
        assertThat(current).isPositive();

        deliver(
                "thunderbird-reply-accepted.eml",
                id,
                theirs.email(),
                Map.of("${SEQUENCE}", String.valueOf(current - 1)));

        assertThat(reader.readMailbox()).containsExactly(ReplyOutcome.STALE);
        assertThat(member(id, theirs).response()).isEqualTo(ParticipantResponse.NEEDS_ACTION);
        assertThat(as.as("planner", () -> replies.notApplied(PageRequest.of(0, 50)))
                        .getContent())
                .anySatisfy(r -> {
                    assertThat(r.outcome()).isEqualTo(ReplyOutcome.STALE);
                    assertThat(r.meetingId()).isEqualTo(id.value());
                });
    }

    @Test
    void bad_and_unrelated_messages_are_set_aside_and_the_rest_is_still_applied() throws Exception {
        Participant ours = participants.participant("Natalia Kuznetsova", RU);
        Participant theirs = participants.participant("Robert Hale", US);
        Participant stranger = participants.participant("Thomas Fischer", US);
        MeetingId id = participants.call("Bad replies", ours, theirs);

        deliver("unrelated.eml", id, theirs.email());
        deliver("garbled-reply.eml", id, theirs.email());
        deliver("google-reply-declined.eml", id, stranger.email());
        deliver("apple-reply-accepted.eml", id, theirs.email(), Map.of("${ORGANIZER}", "someone@elsewhere.example"));
        deliver("google-reply-declined.eml", id, theirs.email(), Map.of("${UID}", "0a1b2c3d@google.com"));
        deliver("thunderbird-reply-accepted.eml", id, theirs.email());

        assertThat(reader.readMailbox())
                .containsExactly(
                        ReplyOutcome.NOT_A_REPLY,
                        ReplyOutcome.MALFORMED,
                        ReplyOutcome.UNKNOWN_ATTENDEE,
                        ReplyOutcome.FORGED_ORGANISER,
                        ReplyOutcome.UNKNOWN_MEETING,
                        ReplyOutcome.APPLIED);
        assertThat(member(id, theirs).response()).isEqualTo(ParticipantResponse.ACCEPTED);
        assertThat(messagesIn("INBOX")).isZero();
        assertThat(messagesIn("Parley-not-applied")).isEqualTo(5);
        assertThat(messagesIn("Parley-applied")).isEqualTo(1);
        assertThat(as.as("planner", () -> replies.notApplied(PageRequest.of(0, 50)))
                        .getContent())
                .extracting(CalendarReply::outcome)
                .contains(ReplyOutcome.FORGED_ORGANISER, ReplyOutcome.UNKNOWN_ATTENDEE, ReplyOutcome.MALFORMED);
    }

    @Test
    void an_unreachable_mailbox_fails_the_run_and_not_the_reader() {
        imap.stop();

        org.assertj.core.api.Assertions.assertThatThrownBy(reader::readMailbox)
                .isInstanceOf(jakarta.mail.MessagingException.class);
        org.assertj.core.api.Assertions.assertThatCode(reader::readQuietly)
                .as("the schedule goes on: the next run tries again")
                .doesNotThrowAnyException();
    }
}

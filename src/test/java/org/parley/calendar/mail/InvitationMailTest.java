package org.parley.calendar.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.MutableClock;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.approval.ApprovalService;
import org.parley.calendar.CalendarMethod;
import org.parley.calendar.internal.IcsChecks;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.directory.Venue;
import org.parley.meeting.Acknowledged;
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
import org.parley.security.NewUser;
import org.parley.security.Role;
import org.parley.security.UserService;
import org.parley.security.UserSummary;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail invitations through a real SMTP server (GreenMail, see MailServerTest): approval, update and cancellation, a
 * mail server that is down, and a change that rolls back. Mail is sent on a background thread after the commit, so
 * the tests wait for it to arrive; the retry sweep is off in tests and driven here with the settable clock.
 */
@ParleyTest
class InvitationMailTest extends MailServerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    InvitationMailService mail;

    @Autowired
    InvitationMailSender sender;

    @Autowired
    MeetingService meetings;

    @Autowired
    ApprovalService approvals;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers users;

    @Autowired
    UserService userService;

    @Autowired
    PeopleService people;

    @Autowired
    MutableClock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    private Person lavrov;
    private Person rubio;
    private Person interpreter;
    private Person ushakov;
    private Venue villa;
    private int year;

    @BeforeEach
    void freshPeople() {
        clock.set(Instant.parse("2026-11-20T09:00:00Z"));
        int n = counter.incrementAndGet();
        year = 2500 + n;
        lavrov = directory.person(person("Sergei Lavrov " + n, "RU", "lavrov" + n + "@mid.example"));
        ushakov = directory.person(person("Yuri Ushakov " + n, "RU", "ushakov" + n + "@kremlin.example"));
        rubio = directory.person(person("Marco Rubio " + n, "US", "rubio" + n + "@state.example"));
        interpreter = directory.person(person("Anna Interpreter " + n, "RU", null));
        villa = directory.venue("Villa Borsig " + n, BERLIN, "Salon");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_participant_whose_account_speaks_russian_reads_the_invitation_in_russian_the_others_in_the_default()
            throws Exception {
        int n = counter.get();
        UserSummary account = users.as(
                "admin",
                () -> userService.create(new NewUser(
                        "lavrov.account" + n,
                        "Sergei Lavrov " + n,
                        null,
                        EnumSet.of(Role.VIEWER),
                        Classification.UNCLASSIFIED,
                        BERLIN,
                        "ru",
                        "a long enough pass phrase for a test account")));
        users.as("admin", () -> people.linkAccount(lavrov.id(), account.id()));

        approved("Consultations", Classification.UNCLASSIFIED);

        List<MimeMessage> received = receive(2);
        MimeMessage toLavrov = received.stream()
                .filter(m -> recipient(m).contains(lavrov.email()))
                .findFirst()
                .orElseThrow();
        MimeMessage toRubio = received.stream()
                .filter(m -> recipient(m).contains(rubio.email()))
                .findFirst()
                .orElseThrow();
        assertThat(toLavrov.getSubject()).startsWith("Приглашение: Consultations " + year + " \u2014 ");
        assertThat(Imip.of(toLavrov).text())
                .contains("Вы приглашены на встречу «Consultations " + year + "».")
                .contains("Время: ");
        assertThat(Imip.of(toLavrov).html()).contains("<html lang=\"ru\" dir=\"ltr\">");
        assertThat(toRubio.getSubject()).startsWith("Invitation: Consultations " + year);
        assertThat(Imip.of(toRubio).text()).contains("You are invited to");
        assertThat(Imip.of(toRubio).html()).contains("<html lang=\"en\" dir=\"ltr\">");
        assertThat(Imip.of(toLavrov).lines())
                .as("the .ics is the same for every reader")
                .contains("SUMMARY:Consultations " + year);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void approval_sends_each_participant_with_an_e_mail_address_an_imip_invitation_from_the_organiser()
            throws Exception {
        MeetingId id = approved("Consultations", Classification.UNCLASSIFIED);

        List<MimeMessage> received = receive(2);

        assertThat(received)
                .extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder(
                        lavrov.fullName() + " <" + lavrov.email() + ">", rubio.fullName() + " <" + rubio.email() + ">");
        int sequence = sequenceOf(id);
        for (MimeMessage message : received) {
            InternetAddress from = (InternetAddress) message.getFrom()[0];
            assertThat(from.getAddress()).isEqualTo("calendar@parley.invalid");
            assertThat(from.getPersonal()).isEqualTo("Parley");
            assertThat(message.getSubject())
                    .isEqualTo("Invitation: Consultations " + year + " \u2014 "
                            + DAY_AND_TIME.format(LocalDateTime.of(year, 3, 29, 10, 0)) + " (Europe/Berlin)");
            Imip imip = Imip.of(message);
            assertThat(imip.calendarType())
                    .startsWith("text/calendar")
                    .contains("method=REQUEST")
                    .containsIgnoringCase("charset=UTF-8");
            assertThat(imip.text())
                    .contains(
                            "You are invited to \u201cConsultations " + year + "\u201d",
                            "http://localhost:8080/meetings/" + id);
            assertThat(imip.html()).contains("<p>You are invited to");
            assertThat(imip.attachmentName()).isEqualTo("invite.ics");
            assertThat(imip.attachmentType()).startsWith("application/ics");
            assertThat(imip.attachment()).isEqualTo(imip.calendar());
            IcsChecks.check(imip.calendar());
            List<String> lines = imip.lines();
            assertThat(lines)
                    .contains(
                            "METHOD:REQUEST",
                            "UID:meeting-" + id + "@parley.invalid",
                            "SEQUENCE:" + sequence,
                            "ORGANIZER;CN=Parley:mailto:calendar@parley.invalid");
            assertThat(lines.stream().filter(line -> line.startsWith("ATTENDEE")))
                    .hasSize(2);
            assertThat(message.getMessageID()).matches("<invitation-\\d+@parley\\.invalid>");
        }
        assertThat(received).extracting(MimeMessage::getMessageID).doesNotHaveDuplicates();
        awaitSendsRecorded(id);
        InvitationMailOverview overview = users.as("approver", () -> mail.overview(id));
        assertThat(overview.mode()).isEqualTo(InvitationMailOverview.Mode.SENDING);
        assertThat(overview.messages())
                .extracting(
                        InvitationMailSummary::recipient,
                        InvitationMailSummary::method,
                        InvitationMailSummary::sequence,
                        InvitationMailSummary::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                lavrov.email(), CalendarMethod.REQUEST, sequence, InvitationMailStatus.SENT),
                        org.assertj.core.groups.Tuple.tuple(
                                rubio.email(), CalendarMethod.REQUEST, sequence, InvitationMailStatus.SENT));
        assertThat(overview.messages()).allSatisfy(m -> assertThat(m.sentAt()).isEqualTo(clock.instant()));
    }

    @Test
    void an_approved_change_sends_an_update_with_a_higher_sequence_and_nothing_while_it_waits_for_approval()
            throws Exception {
        MeetingId id = approved("Update", Classification.UNCLASSIFIED);
        int first = sequenceOf(receive(2).getFirst());
        smtp().purgeEmailFromAllMailboxes();

        users.as("planner", () -> {
            MeetingDetails current = meetings.get(id);
            meetings.update(
                    id,
                    data(current.title(), LocalDateTime.of(year, 3, 29, 14, 0), members(false)),
                    current.version(),
                    Acknowledged.CONFLICTS,
                    Acknowledged.REAPPROVAL);
        });
        assertThat(users.as("planner", () -> meetings.get(id).status())).isEqualTo(MeetingStatus.PENDING_APPROVAL);
        assertThat(users.as("planner", () -> mail.overview(id)).messages())
                .as("a change waiting for approval " + "stays in Parley")
                .hasSize(2);

        approve(id);
        List<MimeMessage> updates = receive(2);
        assertThat(updates).allSatisfy(message -> {
            assertThat(message.getSubject())
                    .isEqualTo("Updated: Update " + year + " \u2014 "
                            + DAY_AND_TIME.format(LocalDateTime.of(year, 3, 29, 14, 0)) + " (Europe/Berlin)");
            assertThat(Imip.of(message).lines())
                    .contains("METHOD:REQUEST", "DTSTART;TZID=Europe/Berlin:" + year + "0329T140000");
            assertThat(sequenceOf(message)).isGreaterThan(first);
        });
    }

    @Test
    void cancelling_an_approved_meeting_sends_everyone_invited_a_cancel() throws Exception {
        MeetingId id = approved("Cancelled talks", Classification.UNCLASSIFIED);
        int invited = sequenceOf(receive(2).getFirst());
        smtp().purgeEmailFromAllMailboxes();

        users.as("planner", () -> approvals.cancel(id, "The other side cannot travel"));

        List<MimeMessage> cancellations = receive(2);
        assertThat(cancellations).allSatisfy(message -> {
            assertThat(message.getSubject()).startsWith("Cancelled: Cancelled talks " + year);
            Imip imip = Imip.of(message);
            assertThat(imip.calendarType()).contains("method=CANCEL");
            assertThat(imip.lines())
                    .contains("METHOD:CANCEL", "STATUS:CANCELLED", "UID:meeting-" + id + "@parley.invalid");
            assertThat(sequenceOf(message)).isGreaterThan(invited);
        });
        awaitSendsRecorded(id);
        assertThat(users.as("planner", () -> mail.overview(id)).messages())
                .filteredOn(m -> m.method() == CalendarMethod.CANCEL)
                .hasSize(2)
                .allSatisfy(m -> assertThat(m.status()).isEqualTo(InvitationMailStatus.SENT));
    }

    @Test
    void cancelling_a_draft_or_a_meeting_waiting_for_approval_e_mails_nobody() throws Exception {
        MeetingId draft = planned("Cancelled draft", Classification.UNCLASSIFIED);
        users.as("planner", () -> approvals.cancel(draft, "Not needed"));
        MeetingId pending = planned("Cancelled while pending", Classification.UNCLASSIFIED);
        users.as("planner", () -> approvals.submit(pending, null));
        users.as("planner", () -> approvals.cancel(pending, "Not needed"));

        assertThat(users.as("planner", () -> mail.overview(draft)).messages()).isEmpty();
        assertThat(users.as("planner", () -> mail.overview(pending)).messages()).isEmpty();
        assertThat(sender.sendDue()).isZero();
        assertThat(smtp().waitForIncomingEmail(1000, 1)).isFalse();
    }

    @Test
    void postponing_cancels_the_old_time_and_the_next_approval_invites_again_with_a_higher_sequence() throws Exception {
        MeetingId id = approved("Postponed talks", Classification.UNCLASSIFIED);
        int invited = sequenceOf(receive(2).getFirst());
        smtp().purgeEmailFromAllMailboxes();

        users.as("planner", () -> approvals.postpone(id, "The ministers' calendars changed"));
        List<MimeMessage> postponed = receive(2);
        assertThat(postponed).allSatisfy(message -> {
            assertThat(message.getSubject()).startsWith("Postponed: Postponed talks " + year);
            assertThat(Imip.of(message).lines()).contains("METHOD:CANCEL");
            assertThat(sequenceOf(message)).isGreaterThan(invited);
        });
        int cancelled = sequenceOf(postponed.getFirst());
        smtp().purgeEmailFromAllMailboxes();

        approve(id);
        assertThat(receive(2)).allSatisfy(message -> {
            assertThat(message.getSubject()).startsWith("Updated: Postponed talks " + year);
            assertThat(Imip.of(message).lines()).contains("METHOD:REQUEST");
            assertThat(sequenceOf(message)).isGreaterThan(cancelled);
        });
    }

    @Test
    void someone_taken_out_of_an_approved_meeting_gets_a_cancel_naming_only_them() throws Exception {
        MeetingId id = users.as(
                "planner",
                () -> meetings.create(
                                data("Taken out " + year, LocalDateTime.of(year, 3, 29, 10, 0), members(true)), true)
                        .id());
        approve(id);
        receive(3);
        smtp().purgeEmailFromAllMailboxes();

        users.as("planner", () -> {
            MeetingDetails current = meetings.get(id);
            meetings.update(
                    id,
                    data(current.title(), LocalDateTime.of(year, 3, 29, 10, 0), members(false)),
                    current.version(),
                    Acknowledged.CONFLICTS,
                    Acknowledged.REAPPROVAL);
        });

        List<MimeMessage> received = receive(1);
        assertThat(received.getFirst().getAllRecipients()[0].toString()).contains(ushakov.email());
        assertThat(received.getFirst().getSubject()).startsWith("No longer attending: ");
        assertThat(Imip.of(received.getFirst()).lines())
                .contains("METHOD:CANCEL")
                .filteredOn(line -> line.startsWith("ATTENDEE"))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .endsWith("mailto:" + ushakov.email());
    }

    @Test
    void a_mail_server_that_is_down_leaves_failed_messages_that_a_later_attempt_sends_exactly_once() throws Exception {
        stopSmtp();
        MeetingId id = approved("Server down", Classification.UNCLASSIFIED);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                users.as("planner", () -> mail.overview(id)).messages())
                        .hasSize(2)
                        .allSatisfy(m -> assertThat(m.status()).isEqualTo(InvitationMailStatus.FAILED)));
        InvitationMailSummary failed =
                users.as("planner", () -> mail.overview(id)).messages().getFirst();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        startSmtp();
        assertThat(sender.sendDue()).as("not due before the wait is over").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.sendDue()).isEqualTo(2);
        assertThat(sender.sendDue()).as("sent is sent").isZero();

        assertThat(receive(2))
                .hasSize(2)
                .extracting(MimeMessage::getMessageID)
                .as("the outbox rows' Message-IDs, the same on every attempt")
                .containsExactlyInAnyOrderElementsOf(
                        jdbc
                                .queryForList(
                                        "select id from invitation_mail where meeting_id = ?", Long.class, id.value())
                                .stream()
                                .map(row -> "<invitation-" + row + "@parley.invalid>")
                                .toList());
        Thread.sleep(300);
        assertThat(smtp().getReceivedMessages()).hasSize(2);
        assertThat(users.as("planner", () -> mail.overview(id)).messages()).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(InvitationMailStatus.SENT);
            assertThat(m.attempts()).isEqualTo(2);
            assertThat(m.lastError()).isNull();
        });
    }

    @Test
    void an_unsent_invitation_is_superseded_by_a_newer_one_and_only_the_newer_one_goes_out() throws Exception {
        stopSmtp();
        MeetingId id = approved("Superseded", Classification.UNCLASSIFIED);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                users.as("planner", () -> mail.overview(id)).messages())
                        .hasSize(2)
                        .allSatisfy(m -> assertThat(m.status()).isEqualTo(InvitationMailStatus.FAILED)));
        users.as("planner", () -> {
            MeetingDetails current = meetings.get(id);
            meetings.update(
                    id,
                    data(current.title(), LocalDateTime.of(year, 3, 30, 10, 0), members(false)),
                    current.version(),
                    Acknowledged.CONFLICTS,
                    Acknowledged.REAPPROVAL);
        });
        approve(id);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                users.as("planner", () -> mail.overview(id)).messages())
                        .hasSize(4)
                        .noneMatch(m -> m.status() == InvitationMailStatus.PENDING
                                || m.status() == InvitationMailStatus.SENDING));
        int newest = sequenceOf(id);

        startSmtp();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.sendDue()).isEqualTo(2);

        assertThat(receive(2))
                .allSatisfy(message -> assertThat(sequenceOf(message)).isEqualTo(newest));
        assertThat(users.as("planner", () -> mail.overview(id)).messages())
                .extracting(InvitationMailSummary::status)
                .containsExactlyInAnyOrder(
                        InvitationMailStatus.SENT,
                        InvitationMailStatus.SENT,
                        InvitationMailStatus.SUPERSEDED,
                        InvitationMailStatus.SUPERSEDED);
    }

    @Test
    void a_planner_retries_failed_messages_and_each_goes_out_once() throws Exception {
        stopSmtp();
        MeetingId id = approved("Retry", Classification.UNCLASSIFIED);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                users.as("planner", () -> mail.overview(id)).messages())
                        .allSatisfy(m -> assertThat(m.status()).isEqualTo(InvitationMailStatus.FAILED)));
        startSmtp();

        assertThat(users.as("planner", () -> mail.retryFailed(id))).isEqualTo(2);

        receive(2);
        assertThat(sender.sendDue()).isZero();
        assertThat(users.as("planner", () -> mail.retryFailed(id)))
                .as("nothing failed any more")
                .isZero();
        Thread.sleep(300);
        assertThat(smtp().getReceivedMessages()).hasSize(2);
    }

    @Test
    void an_approval_that_rolls_back_sends_nothing() throws Exception {
        MeetingId id = planned("Rolled back", Classification.UNCLASSIFIED);
        users.as("planner", () -> approvals.submit(id, null));

        users.as(
                "approver",
                () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    approvals.approve(id, 1, null);
                    status.setRollbackOnly();
                }));

        assertThat(users.as("planner", () -> meetings.get(id).status())).isEqualTo(MeetingStatus.PENDING_APPROVAL);
        assertThat(users.as("planner", () -> mail.overview(id)).messages()).isEmpty();
        assertThat(sender.sendDue()).isZero();
        assertThat(smtp().waitForIncomingEmail(1000, 1)).isFalse();
    }

    @Test
    void a_meeting_classified_above_the_ceiling_is_not_e_mailed_and_the_page_says_why() throws Exception {
        MeetingId id = approved("Restricted", Classification.RESTRICTED);

        InvitationMailOverview overview = users.as("planner", () -> mail.overview(id));
        assertThat(overview.mode()).isEqualTo(InvitationMailOverview.Mode.WITHHELD);
        assertThat(overview.ceiling()).isEqualTo(Classification.UNCLASSIFIED);
        assertThat(overview.messages()).isEmpty();
        assertThat(sender.sendDue()).isZero();
        assertThat(smtp().waitForIncomingEmail(1000, 1)).isFalse();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private MeetingId planned(String title, Classification classification) {
        MeetingData data = data(title + " " + year, LocalDateTime.of(year, 3, 29, 10, 0), members(false));
        MeetingData classified = MeetingDataBuilder.from(data)
                .sides(null, null)
                .classification(classification)
                .conference(null)
                .followUpOf(null)
                .build();
        return users.as("planner", () -> meetings.create(classified, true).id());
    }

    private MeetingId approved(String title, Classification classification) {
        MeetingId id = planned(title, classification);
        approve(id);
        return id;
    }

    private void approve(MeetingId id) {
        if (users.as("planner", () -> meetings.get(id).status()) != MeetingStatus.PENDING_APPROVAL) {
            users.as("planner", () -> approvals.submit(id, null));
        }
        int round = users.as("approver", () -> approvals.state(id).round());
        users.as("approver", () -> approvals.approve(id, round, null));
    }

    /** Our side with its head, an interpreter without an e-mail address and perhaps a delegate; theirs with its head. */
    private List<DelegationData> members(boolean withDelegate) {
        List<MemberData> ours = new java.util.ArrayList<>(List.of(
                new MemberData(lavrov.id(), MemberRole.HEAD),
                new MemberData(interpreter.id(), MemberRole.INTERPRETER)));
        if (withDelegate) {
            ours.add(new MemberData(ushakov.id(), MemberRole.DELEGATE));
        }
        return List.of(
                new DelegationData(new CountryCode("RU"), null, true, ours),
                new DelegationData(
                        new CountryCode("US"), null, false, List.of(new MemberData(rubio.id(), MemberRole.HEAD))));
    }

    private MeetingData data(String title, LocalDateTime start, List<DelegationData> delegations) {
        return MeetingDataBuilder.meeting(title)
                .kind(MeetingKind.EXPERT_MEETING)
                .at(start, start.plusHours(2), BERLIN)
                .venue(villa.id())
                .room(villa.rooms().getFirst().id())
                .objectives("Restore the embassies' work")
                .delegations(delegations)
                .build();
    }

    private static PersonData person(String name, String country, String email) {
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

    /**
     * Waits until every send under way for the meeting is recorded. The after-commit sender marks a message
     * SENT only after the server has taken it, so a message already received may still be SENDING for a moment.
     */
    private void awaitSendsRecorded(MeetingId id) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> users.as("planner", () -> mail.overview(id)).messages().stream()
                        .noneMatch(m -> m.status() == InvitationMailStatus.PENDING
                                || m.status() == InvitationMailStatus.SENDING));
    }

    private int sequenceOf(MeetingId id) {
        return users.as("planner", () -> mail.overview(id))
                .messages()
                .getFirst()
                .sequence();
    }

    private static int sequenceOf(MimeMessage message) throws Exception {
        return Integer.parseInt(
                IcsChecks.property(Imip.of(message).lines(), "SEQUENCE").substring("SEQUENCE:".length()));
    }

    /** The parts of an iMIP message: multipart/mixed of a multipart/alternative and the .ics attachment. */
    record Imip(
            String text,
            String html,
            String calendarType,
            byte[] calendar,
            String attachmentName,
            String attachmentType,
            byte[] attachment) {

        static Imip of(MimeMessage message) throws Exception {
            assertThat(message.getContentType()).startsWith("multipart/mixed");
            Multipart mixed = (Multipart) message.getContent();
            assertThat(mixed.getCount()).isEqualTo(2);
            BodyPart body = mixed.getBodyPart(0);
            assertThat(body.getContentType()).startsWith("multipart/alternative");
            Multipart alternative = (Multipart) body.getContent();
            assertThat(alternative.getCount()).isEqualTo(3);
            BodyPart text = alternative.getBodyPart(0);
            BodyPart html = alternative.getBodyPart(1);
            BodyPart calendar = alternative.getBodyPart(2);
            assertThat(text.getContentType()).startsWith("text/plain");
            assertThat(html.getContentType()).startsWith("text/html");
            BodyPart attachment = mixed.getBodyPart(1);
            assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
            return new Imip(
                    (String) text.getContent(),
                    (String) html.getContent(),
                    calendar.getContentType(),
                    bytes(calendar),
                    attachment.getFileName(),
                    attachment.getContentType(),
                    bytes(attachment));
        }

        List<String> lines() {
            return IcsChecks.unfolded(new String(calendar, StandardCharsets.UTF_8));
        }

        private static byte[] bytes(Part part) throws Exception {
            try (InputStream in = part.getInputStream();
                    var out = new ByteArrayOutputStream()) {
                in.transferTo(out);
                return out.toByteArray();
            }
        }
    }
}

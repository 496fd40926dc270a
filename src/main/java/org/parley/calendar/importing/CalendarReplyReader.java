package org.parley.calendar.importing;

import jakarta.annotation.PreDestroy;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.calendar.importing.ReplyMessages.Attendee;
import org.parley.calendar.importing.ReplyMessages.Reply;
import org.parley.calendar.internal.CalendarSettings;
import org.parley.calendar.internal.Sequences;
import org.parley.meeting.AnswerData;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MemberDetails;
import org.parley.meeting.ParticipantResponse;
import org.parley.participation.CounterProposalService;
import org.parley.security.SystemTask;
import org.parley.shared.ClusterJobs;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the replies mailbox (docs/0026): every {@code parley.calendar.replies.interval}, on one node of the cluster
 * ({@link ClusterJobs}), it takes each message in the folder, records the answers (REPLY) and proposals (COUNTER) it
 * holds for Parley's meetings, notes what became of it in {@code calendar_reply}, and moves it out of the folder:
 * to the applied folder, or to the not-applied folder when it could not be applied. A message whose Message-ID was
 * recorded before (its move was lost) is moved without being applied again. Nothing a message holds stops the run.
 */
@Component
class CalendarReplyReader {

    private static final Logger log = LoggerFactory.getLogger(CalendarReplyReader.class);
    /** Messages read per run; the rest wait for the next run. */
    private static final int BATCH = 200;

    private final ReplySettings settings;
    private final CalendarSettings calendar;
    private final MeetingService meetings;
    private final CounterProposalService proposals;
    private final Sequences sequences;
    private final CalendarReplyRepository replies;
    private final TransactionTemplate transaction;
    private final ClusterJobs clusterJobs;
    private final Clock clock;
    private final Pattern uidPattern;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "calendar-replies");
        thread.setDaemon(true);
        return thread;
    });

    CalendarReplyReader(
            ReplySettings settings,
            CalendarSettings calendar,
            MeetingService meetings,
            CounterProposalService proposals,
            Sequences sequences,
            CalendarReplyRepository replies,
            PlatformTransactionManager transactions,
            ClusterJobs clusterJobs,
            Clock clock) {
        this.settings = settings;
        this.calendar = calendar;
        this.meetings = meetings;
        this.proposals = proposals;
        this.sequences = sequences;
        this.replies = replies;
        this.transaction = new TransactionTemplate(transactions);
        this.clusterJobs = clusterJobs;
        this.clock = clock;
        this.uidPattern =
                Pattern.compile("meeting-(\\d{1,18})@" + Pattern.quote(calendar.uidDomain()), Pattern.CASE_INSENSITIVE);
        if (settings.enabled()) {
            long interval = settings.interval().toMillis();
            worker.scheduleWithFixedDelay(this::readOnOneNode, interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(20, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }

    private void readOnOneNode() {
        try {
            // held at most as long as a stuck run could take, at least half an interval so nodes do not read in turn
            clusterJobs.runOnOneNode(
                    "calendar-replies",
                    settings.timeout().multipliedBy(BATCH).plus(Duration.ofMinutes(1)),
                    settings.interval().dividedBy(2),
                    this::readQuietly);
        } catch (RuntimeException e) {
            log.warn("Reading the calendar replies failed: {}", e.toString());
        }
    }

    void readQuietly() {
        try {
            readMailbox();
        } catch (MessagingException | RuntimeException e) {
            // the server is away or refused the sign-in: the next run tries again
            log.warn("Reading the calendar replies mailbox failed; the next run tries again: {}", e.toString());
        }
    }

    /** Reads the mailbox once; returns what became of each message read. */
    List<ReplyOutcome> readMailbox() throws MessagingException {
        String timeout = String.valueOf(settings.timeout().toMillis());
        String protocol = settings.tls() ? "imaps" : "imap";
        var properties = new Properties();
        properties.setProperty("mail." + protocol + ".connectiontimeout", timeout);
        properties.setProperty("mail." + protocol + ".timeout", timeout);
        properties.setProperty("mail." + protocol + ".writetimeout", timeout);
        Session session = Session.getInstance(properties);
        List<ReplyOutcome> outcomes = new ArrayList<>();
        try (Store store = session.getStore(protocol)) {
            store.connect(settings.host(), settings.port(), settings.username(), settings.password());
            Folder inbox = store.getFolder(settings.folder());
            Folder applied = existing(store, settings.appliedFolder());
            Folder notApplied = existing(store, settings.notAppliedFolder());
            inbox.open(Folder.READ_WRITE);
            try {
                Message[] messages = inbox.getMessages(1, Math.min(inbox.getMessageCount(), BATCH));
                for (Message message : messages) {
                    ReplyOutcome outcome = handle((MimeMessage) message);
                    outcomes.add(outcome);
                    inbox.copyMessages(new Message[] {message}, outcome.applied() ? applied : notApplied);
                    message.setFlag(Flags.Flag.DELETED, true);
                }
            } finally {
                inbox.close(true); // expunges the moved messages
            }
        }
        return outcomes;
    }

    private static Folder existing(Store store, String name) throws MessagingException {
        Folder folder = store.getFolder(name);
        if (!folder.exists()) {
            folder.create(Folder.HOLDS_MESSAGES);
        }
        return folder;
    }

    /** What one reply came to, and what to record of it. */
    private record Result(
            ReplyOutcome outcome,
            @Nullable String method,
            @Nullable String uid,
            @Nullable String attendee,
            @Nullable Long meeting,
            @Nullable String detail) {}

    /** Applies the message's replies and records what became of it; never throws. */
    ReplyOutcome handle(MimeMessage message) {
        String key = key(message);
        Optional<ReplyOutcome> before =
                transaction.execute(status -> replies.findByMessageId(key).map(CalendarReplyEntry::outcome));
        if (before != null && before.isPresent()) {
            log.info("Calendar reply {} was read before ({}); moving it", key, before.get());
            return before.get();
        }
        String sender = sender(message);
        Result result;
        try {
            List<Reply> found = ReplyMessages.read(message);
            if (found.isEmpty()) {
                result = new Result(ReplyOutcome.NOT_A_REPLY, null, null, null, null, "No REPLY or COUNTER in it");
            } else {
                result = null;
                for (Reply reply : found) {
                    Result one = apply(reply, sender);
                    if (result == null || result.outcome() == ReplyOutcome.APPLIED) {
                        result = one; // the first that did not apply is the one to show
                    }
                }
            }
        } catch (ReplyMessages.Unreadable e) {
            result = new Result(ReplyOutcome.MALFORMED, null, null, null, null, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("A calendar reply could not be read: {}", e.toString());
            result = new Result(ReplyOutcome.MALFORMED, null, null, null, null, e.toString());
        }
        Result recorded = java.util.Objects.requireNonNull(result);
        record(key, message, sender, recorded);
        if (recorded.outcome().applied()) {
            log.info("Calendar reply {} from {}: {} {}", key, sender, recorded.outcome(), recorded.method());
        } else {
            log.warn(
                    "Calendar reply {} from {} not applied: {} ({})",
                    key,
                    sender,
                    recorded.outcome(),
                    recorded.detail());
        }
        return recorded.outcome();
    }

    private Result apply(Reply reply, @Nullable String sender) {
        String method = reply.method();
        String uid = reply.uid();
        if (uid == null || uid.isBlank()) {
            return new Result(ReplyOutcome.MALFORMED, method, null, null, null, "The reply has no UID");
        }
        Matcher ours = uidPattern.matcher(uid.trim());
        if (!ours.matches()) {
            return new Result(ReplyOutcome.UNKNOWN_MEETING, method, uid, null, null, "Not a UID of Parley's");
        }
        MeetingId id = new MeetingId(Long.parseLong(ours.group(1)));
        MeetingDetails meeting;
        try {
            meeting = SystemTask.runAsSystem(() -> meetings.get(id));
        } catch (NotFoundException gone) {
            return new Result(ReplyOutcome.UNKNOWN_MEETING, method, uid, null, null, "No such meeting");
        }
        if (reply.organiser() != null && !reply.organiser().equalsIgnoreCase(calendar.organizerEmail())) {
            return new Result(
                    ReplyOutcome.FORGED_ORGANISER,
                    method,
                    uid,
                    null,
                    id.value(),
                    "The ORGANIZER " + reply.organiser() + " is not Parley's");
        }
        if (reply.attendees().isEmpty()) {
            return new Result(ReplyOutcome.MALFORMED, method, uid, null, id.value(), "The reply names no ATTENDEE");
        }
        Optional<Match> match = participant(meeting, reply.attendees(), sender);
        if (match.isEmpty()) {
            return new Result(
                    ReplyOutcome.UNKNOWN_ATTENDEE,
                    method,
                    uid,
                    reply.attendees().getFirst().address(),
                    id.value(),
                    "Not a participant of the meeting");
        }
        Attendee attendee = match.get().attendee();
        MemberDetails member = match.get().member();
        Integer current = sequences.stored(List.of(id.value())).get(id.value());
        // a program that leaves SEQUENCE out answers the invitation it has, which is taken to be the current one
        if (reply.sequence() != null && current != null && reply.sequence() < current) {
            return new Result(
                    ReplyOutcome.STALE,
                    method,
                    uid,
                    attendee.address(),
                    id.value(),
                    "SEQUENCE " + reply.sequence() + " is older than the meeting's " + current);
        }
        try {
            if (method.equals("COUNTER")) {
                if (reply.start() == null || reply.end() == null) {
                    return new Result(
                            ReplyOutcome.MALFORMED,
                            method,
                            uid,
                            attendee.address(),
                            id.value(),
                            "The COUNTER proposes no time");
                }
                Instant start = reply.start();
                Instant end = reply.end();
                SystemTask.runAsSystem(
                        () -> proposals.proposeFromCalendar(id, member.person(), start, end, plain(reply.comment())));
            } else {
                ParticipantResponse answer = answer(attendee.partStat());
                if (answer == null) {
                    return new Result(
                            ReplyOutcome.REFUSED,
                            method,
                            uid,
                            attendee.address(),
                            id.value(),
                            "PARTSTAT " + attendee.partStat() + " is not an answer Parley records");
                }
                SystemTask.runAsSystem(() -> meetings.answerFromCalendar(
                        id, member.person(), new AnswerData(answer, plain(reply.comment()))));
            }
        } catch (RuleViolationException | ConstraintViolationException | IllegalArgumentException refused) {
            return new Result(ReplyOutcome.REFUSED, method, uid, attendee.address(), id.value(), refused.getMessage());
        }
        return new Result(ReplyOutcome.APPLIED, method, uid, attendee.address(), id.value(), null);
    }

    private record Match(Attendee attendee, MemberDetails member) {}

    /**
     * The replying participant: an ATTENDEE whose address is a member's. A reply names one attendee; a program that
     * names them all marks the one replying by the message's sender or by the only answer given.
     */
    private static Optional<Match> participant(
            MeetingDetails meeting, List<Attendee> attendees, @Nullable String sender) {
        List<Match> matches = new ArrayList<>();
        for (Attendee attendee : attendees) {
            meeting.delegations().stream()
                    .flatMap(d -> d.members().stream())
                    .filter(m -> m.email() != null && m.email().equalsIgnoreCase(attendee.address()))
                    .findFirst()
                    .ifPresent(m -> matches.add(new Match(attendee, m)));
        }
        if (matches.size() <= 1) {
            return matches.stream().findFirst();
        }
        return matches.stream()
                .filter(m -> m.attendee().address().equals(sender))
                .findFirst()
                .or(() -> matches.stream()
                        .filter(m -> m.attendee().partStat() != null
                                && !m.attendee().partStat().equals("NEEDS-ACTION"))
                        .findFirst());
    }

    private static @Nullable ParticipantResponse answer(@Nullable String partStat) {
        if (partStat == null) {
            return null;
        }
        return switch (partStat) {
            case "ACCEPTED" -> ParticipantResponse.ACCEPTED;
            case "TENTATIVE" -> ParticipantResponse.TENTATIVE;
            case "DECLINED" -> ParticipantResponse.DECLINED;
            default -> null;
        };
    }

    /** The comment as Parley keeps comments: no control characters but line breaks, at most 500 characters. */
    private static @Nullable String plain(@Nullable String comment) {
        if (comment == null) {
            return null;
        }
        String clean = comment.replace("\r\n", "\n")
                .replaceAll("[\\p{Cntrl}&&[^\n]]", " ")
                .strip();
        if (clean.isEmpty()) {
            return null;
        }
        return clean.length() <= AnswerData.COMMENT_MAX_LENGTH
                ? clean
                : clean.substring(0, AnswerData.COMMENT_MAX_LENGTH - 1) + "\u2026";
    }

    private void record(String key, MimeMessage message, @Nullable String sender, Result result) {
        try {
            transaction.executeWithoutResult(status -> replies.save(new CalendarReplyEntry(
                    key,
                    clock.instant(),
                    sender,
                    subject(message),
                    result.method(),
                    result.uid(),
                    result.attendee(),
                    result.meeting(),
                    result.outcome(),
                    result.detail())));
        } catch (DataIntegrityViolationException twice) {
            log.info("Calendar reply {} was recorded meanwhile", key); // another reader; the Message-ID is unique
        }
    }

    /** The Message-ID, or for a message without one a digest of the whole message. */
    private static String key(MimeMessage message) {
        try {
            String id = message.getMessageID();
            if (id != null && !id.isBlank()) {
                return id.trim();
            }
            var bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (MessagingException | IOException | NoSuchAlgorithmException e) {
            return "unreadable:" + System.identityHashCode(message) + ":" + System.nanoTime();
        }
    }

    private static @Nullable String sender(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            if (from != null
                    && from.length > 0
                    && from[0] instanceof InternetAddress address
                    && address.getAddress() != null) {
                return address.getAddress().toLowerCase(Locale.ROOT);
            }
        } catch (MessagingException e) {
            // a From that cannot be read: the reply is matched by its ATTENDEE alone
        }
        return null;
    }

    private static @Nullable String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return null;
        }
    }
}

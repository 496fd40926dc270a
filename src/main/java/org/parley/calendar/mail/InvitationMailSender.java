package org.parley.calendar.mail;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.parley.shared.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Right after the change commits it sends that meeting's pending messages; a sweep
 * (every {@code parley.calendar.mail.retry-interval}) retries failed ones, later each time, up to
 * {@code max-attempts}. Each message is claimed before it is sent, so two senders never send it twice. Sending
 * happens on one background thread of its own, never in the request of the person who approved or cancelled. With
 * several nodes, each sweep runs on one node only ({@link ClusterJobs}); the claims still guard every message.
 */
@Component
class InvitationMailSender {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailSender.class);
    private static final int SWEEP_BATCH = 200;
    /** Messages claimed at a time: a node that dies leaves at most these for another node to take when abandoned. */
    private static final int CLAIM_BATCH = 50;

    private static final EnumSet<InvitationMailStatus> WAITING =
            EnumSet.of(InvitationMailStatus.PENDING, InvitationMailStatus.FAILED);

    private final InvitationMailRepository outbox;
    private final InvitationMessages messages;
    private final InvitationMailSettings settings;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ClusterJobs clusterJobs;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "invitation-mail");
        thread.setDaemon(true);
        return thread;
    });

    InvitationMailSender(
            InvitationMailRepository outbox,
            InvitationMessages messages,
            InvitationMailSettings settings,
            ObjectProvider<JavaMailSender> mailSender,
            PlatformTransactionManager transactions,
            Clock clock,
            ClusterJobs clusterJobs) {
        this.outbox = outbox;
        this.messages = messages;
        this.settings = settings;
        this.mailSender = mailSender;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.clusterJobs = clusterJobs;
        if (settings.retrySweep() && mailSender.getIfAvailable() != null) {
            long interval = settings.retryInterval().toMillis();
            worker.scheduleWithFixedDelay(this::sweepOnOneNode, interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    /** Lets a send under way finish (a node being drained or stopped), so its rows are not left claimed. */
    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(20, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }

    /** After the change that queued them has committed: never for a change that rolled back. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void queued(InvitationMailQueued queued) {
        try {
            worker.execute(() -> sendPendingQuietly(queued.meetingId()));
        } catch (RejectedExecutionException shuttingDown) {
            // the change is committed; the rows wait for the sweep of the next start
            log.info("E-mail invitations for meeting {} wait for the next start", queued.meetingId());
        }
    }

    private void sendPendingQuietly(long meetingId) {
        try {
            sendPending(meetingId);
        } catch (RuntimeException e) {
            log.warn(
                    "Sending e-mail invitations for meeting {} failed; the sweep tries again: {}",
                    meetingId,
                    e.toString());
        }
    }

    /** Sends the meeting's messages that have not been tried yet; returns how many went out. */
    int sendPending(long meetingId) {
        List<Long> ids = transaction.execute(status -> outbox.idsOf(meetingId, InvitationMailStatus.PENDING));
        return sendEach(ids == null ? List.of() : ids);
    }

    /** Sends what is due: pending messages, failed ones whose wait is over, and ones a sender abandoned. */
    int sendDue() {
        Instant now = clock.instant();
        List<Long> ids = transaction.execute(status ->
                outbox.findDue(WAITING, now, now.minus(settings.abandonedAfter()), PageRequest.of(0, SWEEP_BATCH)));
        return sendEach(ids == null ? List.of() : ids);
    }

    private void sweepOnOneNode() {
        try {
            // held at least half an interval, so that nodes whose schedules are a little apart do not sweep in turn
            clusterJobs.runOnOneNode(
                    "invitation-mail-sweep",
                    settings.abandonedAfter(),
                    settings.retryInterval().dividedBy(2),
                    this::sweepQuietly);
        } catch (RuntimeException e) {
            log.warn("Sending e-mail invitations failed: {}", e.toString());
        }
    }

    private void sweepQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // a database hiccup must not end the schedule
            log.warn("Sending e-mail invitations failed: {}", e.toString());
        }
    }

    /** Sends in batches of claimed messages; returns how many the server accepted. */
    private int sendEach(List<Long> ids) {
        int sent = 0;
        for (int from = 0; from < ids.size(); from += CLAIM_BATCH) {
            sent += sendBatch(ids.subList(from, Math.min(ids.size(), from + CLAIM_BATCH)));
        }
        return sent;
    }

    /**
     * Claims the messages, then sends them one by one and records each outcome as soon as the server has answered:
     * a node that dies mid-batch leaves only the message it was handing over unrecorded, which another node sends
     * again (with the same Message-ID) once it is abandoned. When the server cannot be reached, the rest of the batch
     * fails with the same reason without trying each.
     */
    private int sendBatch(List<Long> ids) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Instant claimedAt = clock.instant();
        List<InvitationMail> claimed = transaction.execute(status -> {
            List<Long> mine = ids.stream()
                    .filter(id -> outbox.claim(id, claimedAt, claimedAt.minus(settings.abandonedAfter())) == 1)
                    .toList(); // the others were sent, superseded or taken by another sender meanwhile
            return mine.isEmpty() ? List.of() : outbox.findByIdInOrderById(mine);
        });
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        int sent = 0;
        @Nullable String serverProblem = null;
        for (InvitationMail mail : claimed) {
            @Nullable String error = serverProblem;
            if (error == null) {
                try {
                    sender.send(messages.compose(sender.createMimeMessage(), mail, clock.instant()));
                } catch (MessagingException | RuntimeException e) {
                    error = reason(e);
                    if (e instanceof MailException && !refusedThisMessage(e)) {
                        serverProblem = error;
                    }
                }
            }
            record(mail.id(), error);
            if (error == null) {
                sent++;
            }
        }
        return sent;
    }

    /** The server took the connection but refused this message (e.g. a recipient it does not accept). */
    private static boolean refusedThisMessage(Exception e) {
        return e instanceof MailSendException send
                && send.getFailedMessages().values().stream().anyMatch(cause -> cause instanceof SendFailedException);
    }

    private void record(long id, @Nullable String error) {
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> outbox.findByIdInOrderById(List.of(id))
                .forEach(row -> {
                    if (error == null) {
                        row.sent(now);
                    } else {
                        log.warn(
                                "E-mail invitation {} to {} for meeting {} failed: {}",
                                row.id(),
                                row.recipient(),
                                row.meetingId(),
                                error);
                        row.failed(error, now, settings.retryInterval(), settings.maxAttempts());
                    }
                }));
    }

    /** The innermost cause, which says what went wrong ("Connection refused") rather than where. */
    private static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.strip();
    }
}

package org.parley.calendar;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
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
 * happens on one background thread of its own, never in the request of the person who approved or cancelled.
 */
@Component
class InvitationMailSender {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailSender.class);
    private static final int SWEEP_BATCH = 200;
    private static final EnumSet<InvitationMailStatus> WAITING =
            EnumSet.of(InvitationMailStatus.PENDING, InvitationMailStatus.FAILED);

    private final InvitationMailRepository outbox;
    private final InvitationMessages messages;
    private final InvitationMailSettings settings;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "invitation-mail");
        thread.setDaemon(true);
        return thread;
    });

    InvitationMailSender(InvitationMailRepository outbox, InvitationMessages messages, InvitationMailSettings settings,
            ObjectProvider<JavaMailSender> mailSender, PlatformTransactionManager transactions, Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.settings = settings;
        this.mailSender = mailSender;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        if (settings.retrySweep() && mailSender.getIfAvailable() != null) {
            long interval = settings.retryInterval().toMillis();
            worker.scheduleWithFixedDelay(this::sweepQuietly, interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
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
            log.warn("Sending e-mail invitations for meeting {} failed; the sweep tries again: {}", meetingId,
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
        List<Long> ids = transaction.execute(status -> outbox.findDue(WAITING, now,
                now.minus(settings.abandonedAfter()), PageRequest.of(0, SWEEP_BATCH)));
        return sendEach(ids == null ? List.of() : ids);
    }

    private void sweepQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // a database hiccup must not end the schedule
            log.warn("Sending e-mail invitations failed: {}", e.toString());
        }
    }

    private int sendEach(List<Long> ids) {
        int sent = 0;
        for (long id : ids) {
            if (send(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(long id) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        Instant claimedAt = clock.instant();
        Integer claimed = transaction.execute(status ->
                outbox.claim(id, claimedAt, claimedAt.minus(settings.abandonedAfter())));
        if (claimed == null || claimed != 1) {
            return false; // sent, superseded, or taken by another sender meanwhile
        }
        InvitationMail mail = transaction.execute(status -> outbox.findById(id).orElseThrow());
        try {
            MimeMessage message = messages.compose(sender.createMimeMessage(), mail, clock.instant());
            sender.send(message);
        } catch (MailException | MessagingException e) {
            String error = reason(e);
            log.warn("E-mail invitation {} to {} for meeting {} failed: {}", id, mail.recipient(), mail.meetingId(),
                    error);
            record(id, row -> row.failed(error, clock.instant(), settings.retryInterval(), settings.maxAttempts()));
            return false;
        }
        record(id, row -> row.sent(clock.instant()));
        return true;
    }

    private void record(long id, java.util.function.Consumer<InvitationMail> outcome) {
        transaction.executeWithoutResult(status -> outcome.accept(outbox.findById(id).orElseThrow()));
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

package org.parley.calendar.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.parley.calendar.CalendarMethod;
import org.parley.calendar.internal.Invitee;

/**
 * One e-mail invitation in the outbox: a REQUEST or CANCEL to one person at one SEQUENCE, with the calendar file and
 * texts as they were when the change was committed, so what is sent later is what was decided then.
 */
@Entity
@Table(name = "invitation_mail")
class InvitationMail {

    static final int ERROR_MAX_LENGTH = 1000;
    static final int BODY_MAX_LENGTH = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(nullable = false, length = 320)
    private String recipient = "";

    @Column(name = "recipient_name", nullable = false, length = 300)
    private String recipientName = "";

    @Column(nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CalendarMethod method = CalendarMethod.REQUEST;

    @Column(nullable = false, length = 1000)
    private String subject = "";

    @Column(nullable = false, length = BODY_MAX_LENGTH)
    private String body = "";

    @Column(nullable = false, length = 1000000)
    private String calendar = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InvitationMailStatus status = InvitationMailStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_MAX_LENGTH)
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "next_attempt_at")
    private @Nullable Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private @Nullable Instant claimedAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    protected InvitationMail() {}

    InvitationMail(
            long meetingId,
            Invitee recipient,
            int sequence,
            CalendarMethod method,
            String subject,
            String body,
            byte[] calendar,
            Instant now) {
        this.meetingId = meetingId;
        this.recipient = recipient.email();
        this.recipientName = recipient.name();
        this.sequence = sequence;
        this.method = method;
        this.subject = subject;
        this.body = body.length() > BODY_MAX_LENGTH ? body.substring(0, BODY_MAX_LENGTH - 1) + "\u2026" : body;
        // the file is UTF-8 with CRLF line ends, which a text column keeps as they are
        this.calendar = new String(calendar, StandardCharsets.UTF_8);
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant now) {
        status = InvitationMailStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
        nextAttemptAt = null;
        claimedAt = null;
    }

    /** Counts a failed attempt and, unless that was the last one allowed, when to try again: later each time. */
    void failed(String error, Instant now, Duration firstDelay, int maxAttempts) {
        status = InvitationMailStatus.FAILED;
        attempts++;
        lastError = error.length() > ERROR_MAX_LENGTH ? error.substring(0, ERROR_MAX_LENGTH - 1) + "\u2026" : error;
        nextAttemptAt =
                attempts >= maxAttempts ? null : now.plus(firstDelay.multipliedBy(1L << Math.min(attempts - 1, 16)));
        claimedAt = null;
    }

    /** A person asked to try again: the attempts start over. */
    void retry(Instant now) {
        status = InvitationMailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    InvitationMailSummary view() {
        return new InvitationMailSummary(
                recipientName,
                recipient,
                method,
                sequence,
                subject,
                status,
                attempts,
                lastError,
                createdAt,
                sentAt,
                nextAttemptAt);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    long meetingId() {
        return meetingId;
    }

    String recipient() {
        return recipient;
    }

    String recipientName() {
        return recipientName;
    }

    int sequence() {
        return sequence;
    }

    CalendarMethod method() {
        return method;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    byte[] calendar() {
        return calendar.getBytes(StandardCharsets.UTF_8);
    }

    InvitationMailStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }
}

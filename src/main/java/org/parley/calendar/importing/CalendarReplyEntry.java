package org.parley.calendar.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One message read from the replies mailbox and what became of it (V43). */
@Entity
@Table(name = "calendar_reply")
class CalendarReplyEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "message_id", nullable = false, length = 500)
    private String messageId = "";

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt = Instant.EPOCH;

    @Column(length = 320)
    private @Nullable String sender;

    @Column(length = 500)
    private @Nullable String subject;

    @Column(length = 16)
    private @Nullable String method;

    @Column(length = 500)
    private @Nullable String uid;

    @Column(length = 320)
    private @Nullable String attendee;

    @Column(name = "meeting_id")
    private @Nullable Long meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReplyOutcome outcome = ReplyOutcome.MALFORMED;

    @Column(length = 500)
    private @Nullable String detail;

    protected CalendarReplyEntry() {}

    CalendarReplyEntry(
            String messageId,
            Instant receivedAt,
            @Nullable String sender,
            @Nullable String subject,
            @Nullable String method,
            @Nullable String uid,
            @Nullable String attendee,
            @Nullable Long meetingId,
            ReplyOutcome outcome,
            @Nullable String detail) {
        this.messageId = cut(messageId, 500);
        this.receivedAt = receivedAt;
        this.sender = sender == null ? null : cut(sender, 320);
        this.subject = subject == null ? null : cut(subject, 500);
        this.method = method == null ? null : cut(method, 16);
        this.uid = uid == null ? null : cut(uid, 500);
        this.attendee = attendee == null ? null : cut(attendee, 320);
        this.meetingId = meetingId;
        this.outcome = outcome;
        this.detail = detail == null ? null : cut(detail, 500);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    ReplyOutcome outcome() {
        return outcome;
    }

    CalendarReply toRecord() {
        return new CalendarReply(
                id == null ? 0 : id, receivedAt, sender, subject, method, uid, attendee, meetingId, outcome, detail);
    }
}

package org.parley.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingId;

@Entity
@Table(name = "notification")
class Notification {

    static final int TEXT_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 64)
    private String recipient = "";

    @Column(name = "meeting_id")
    private @Nullable Long meetingId;

    @Column(nullable = false, length = TEXT_MAX_LENGTH)
    private String text = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Notification() {}

    Notification(String recipient, @Nullable MeetingId meeting, String text, Instant createdAt) {
        this.recipient = recipient;
        this.meetingId = meeting == null ? null : meeting.value();
        this.text = text.length() > TEXT_MAX_LENGTH ? text.substring(0, TEXT_MAX_LENGTH - 1) + "\u2026" : text;
        this.createdAt = createdAt;
    }

    String recipient() {
        return recipient;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    NotificationSummary toView() {
        return new NotificationSummary(
                Objects.requireNonNull(id),
                meetingId == null ? null : new MeetingId(meetingId),
                text,
                createdAt,
                readAt != null);
    }
}

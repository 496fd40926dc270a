package org.parley.relations;

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
import org.parley.meeting.MeetingId;
import org.parley.shared.Classification;

/** One timeline entry of a question; never changed once written, apart from the meeting's copied title. */
@Entity
@Table(name = "open_question_event")
class QuestionEventEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt = Instant.EPOCH;

    @Column(nullable = false, length = 64)
    private String actor = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TimelineKind kind = TimelineKind.NOTE;

    @Column(nullable = false, length = QuestionData.TEXT_MAX_LENGTH)
    private String text = "";

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private @Nullable QuestionStatus status;

    @Column(name = "meeting_id")
    private @Nullable Long meetingId;

    @Column(name = "meeting_title", length = 200)
    private @Nullable String meetingTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_classification", length = 16)
    private @Nullable Classification meetingClassification;

    protected QuestionEventEntry() {}

    QuestionEventEntry(long questionId, Instant at, String actor, TimelineKind kind, String text) {
        this.questionId = questionId;
        this.happenedAt = at;
        this.actor = actor;
        this.kind = kind;
        this.text =
                text.length() > QuestionData.TEXT_MAX_LENGTH ? text.substring(0, QuestionData.TEXT_MAX_LENGTH) : text;
    }

    QuestionEventEntry withStatus(QuestionStatus newStatus) {
        this.status = newStatus;
        return this;
    }

    QuestionEventEntry atMeeting(MeetingId meeting, String title, Classification classification) {
        this.meetingId = meeting.value();
        this.meetingTitle = title;
        this.meetingClassification = classification;
        return this;
    }

    long questionId() {
        return questionId;
    }

    TimelineEntry toEntry() {
        return new TimelineEntry(
                happenedAt,
                actor,
                kind,
                text,
                status,
                meetingId == null ? null : new MeetingId(meetingId),
                meetingTitle);
    }
}

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

/** A question raised at an agenda item, with copies of the meeting's title, start and classification. */
@Entity
@Table(name = "open_question_link")
class QuestionLinkEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "agenda_position", nullable = false)
    private int agendaPosition;

    @Column(name = "agenda_title", nullable = false, length = 200)
    private String agendaTitle = "";

    @Column(name = "meeting_title", nullable = false, length = 200)
    private String meetingTitle = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_classification", nullable = false, length = 16)
    private Classification meetingClassification = Classification.UNCLASSIFIED;

    @Column(name = "meeting_start", nullable = false)
    private Instant meetingStart = Instant.EPOCH;

    @Column(name = "linked_by", nullable = false, length = 64)
    private String linkedBy = "";

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt = Instant.EPOCH;

    protected QuestionLinkEntry() {}

    QuestionLinkEntry(
            long questionId,
            RaisedAt raisedAt,
            Classification meetingClassification,
            String linkedBy,
            Instant linkedAt) {
        this.questionId = questionId;
        this.meetingId = raisedAt.meeting().value();
        this.agendaPosition = raisedAt.agendaPosition();
        this.agendaTitle = raisedAt.agendaTitle();
        this.meetingTitle = raisedAt.meetingTitle();
        this.meetingStart = raisedAt.meetingStart();
        this.meetingClassification = meetingClassification;
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
    }

    long questionId() {
        return questionId;
    }

    int agendaPosition() {
        return agendaPosition;
    }

    String agendaTitle() {
        return agendaTitle;
    }

    RaisedAt toRaisedAt() {
        return new RaisedAt(new MeetingId(meetingId), meetingTitle, meetingStart, agendaPosition, agendaTitle);
    }
}

package org.parley.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One step of a meeting's approval timeline, written once. A submission opens a round; approvals count only within
 * their round, so a resubmission or a material change starts counting afresh.
 */
@Entity
@Immutable
@Table(name = "approval_step")
class ApprovalStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(nullable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StepKind kind = StepKind.SUBMITTED;

    @Column(nullable = false, length = 64)
    private String actor = "";

    @Column(name = "actor_senior", nullable = false)
    private boolean actorSenior;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt = Instant.EPOCH;

    @Column(length = ApprovalService.COMMENT_MAX_LENGTH)
    private @Nullable String comment;

    protected ApprovalStep() {}

    ApprovalStep(
            long meetingId,
            int round,
            StepKind kind,
            String actor,
            boolean actorSenior,
            Instant takenAt,
            @Nullable String comment) {
        this.meetingId = meetingId;
        this.round = round;
        this.kind = kind;
        this.actor = actor;
        this.actorSenior = actorSenior;
        this.takenAt = takenAt;
        this.comment = comment == null || comment.isBlank() ? null : comment.trim();
    }

    long meetingId() {
        return meetingId;
    }

    int round() {
        return round;
    }

    StepKind kind() {
        return kind;
    }

    String actor() {
        return actor;
    }

    boolean actorSenior() {
        return actorSenior;
    }

    Instant takenAt() {
        return takenAt;
    }

    @Nullable
    String comment() {
        return comment;
    }

    TimelineStep toView() {
        return new TimelineStep(kind, actor, actorSenior, takenAt, comment, round);
    }
}

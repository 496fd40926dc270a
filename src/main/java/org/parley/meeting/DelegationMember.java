package org.parley.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A person in a delegation. It repeats the meeting's id so that the database can hold each person once per meeting
 * and find a person's meetings through one index.
 */
@Entity
@Audited
@Table(name = "delegation_member")
class DelegationMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id", nullable = false)
    private Delegation delegation;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberRole role = MemberRole.DELEGATE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ParticipantResponse response = ParticipantResponse.NEEDS_ACTION;

    @Column(name = "response_comment", length = AnswerData.COMMENT_MAX_LENGTH)
    private @Nullable String responseComment;

    @Column(name = "responded_at")
    private @Nullable Instant respondedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "response_source", length = 16)
    private @Nullable AnswerSource responseSource;

    protected DelegationMember() {
        this.delegation = new Delegation();
    }

    DelegationMember(Delegation delegation, long meetingId, long personId) {
        this.delegation = delegation;
        this.meetingId = meetingId;
        this.personId = personId;
    }

    void apply(int position, MemberData data) {
        this.position = position;
        this.role = data.role();
        if (data.response() != response) {
            // the planner entered the answer (a telephone call); the participant's comment was about the old one
            this.response = data.response();
            this.responseComment = null;
            this.respondedAt = null;
            this.responseSource = data.response() == ParticipantResponse.NEEDS_ACTION ? null : AnswerSource.PLANNER;
        }
    }

    /** The participant's own answer, which replaces any earlier one. */
    void answer(ParticipantResponse response, @Nullable String comment, AnswerSource source, Instant at) {
        this.response = response;
        this.responseComment = comment;
        this.respondedAt = at;
        this.responseSource = source;
    }

    @Nullable
    String responseComment() {
        return responseComment;
    }

    @Nullable
    Instant respondedAt() {
        return respondedAt;
    }

    @Nullable
    AnswerSource responseSource() {
        return responseSource;
    }

    long personId() {
        return personId;
    }

    int position() {
        return position;
    }

    MemberRole role() {
        return role;
    }

    ParticipantResponse response() {
        return response;
    }
}

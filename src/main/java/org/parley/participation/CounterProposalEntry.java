package org.parley.participation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.AnswerSource;

/** A stored proposal of another time (V42). */
@Entity
@Table(name = "counter_proposal")
class CounterProposalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "proposed_start", nullable = false)
    private Instant start = Instant.EPOCH;

    @Column(name = "proposed_end", nullable = false)
    private Instant end = Instant.EPOCH;

    @Column(length = 500)
    private @Nullable String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AnswerSource source = AnswerSource.PARLEY;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CounterProposalStatus status = CounterProposalStatus.OPEN;

    @Column(name = "proposed_by", nullable = false, length = 64)
    private String proposedBy = "";

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt = Instant.EPOCH;

    @Column(name = "decided_by", length = 64)
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Version
    private long version;

    protected CounterProposalEntry() {}

    static CounterProposalEntry open(
            long meetingId,
            long personId,
            Instant start,
            Instant end,
            @Nullable String comment,
            AnswerSource source,
            String proposedBy,
            Instant proposedAt) {
        var entry = new CounterProposalEntry();
        entry.meetingId = meetingId;
        entry.personId = personId;
        entry.start = start;
        entry.end = end;
        entry.comment = comment;
        entry.source = source;
        entry.proposedBy = proposedBy;
        entry.proposedAt = proposedAt;
        return entry;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long meetingId() {
        return meetingId;
    }

    long personId() {
        return personId;
    }

    Instant start() {
        return start;
    }

    Instant end() {
        return end;
    }

    @Nullable
    String comment() {
        return comment;
    }

    AnswerSource source() {
        return source;
    }

    CounterProposalStatus status() {
        return status;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    @Nullable
    String decidedBy() {
        return decidedBy;
    }

    @Nullable
    Instant decidedAt() {
        return decidedAt;
    }

    void decide(CounterProposalStatus outcome, @Nullable String by, Instant at) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
    }
}

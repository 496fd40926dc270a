package org.parley.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * One saved change to meetings, as Envers records it: every audited row written in one transaction points at the same
 * revision, which says who saved it and when. Envers creates these; nothing else writes them.
 */
@Entity
@Table(name = "meeting_revision")
@RevisionEntity(MeetingRevisionListener.class)
class MeetingRevision {

    /** The username of the revision that V5 wrote for meetings that existed before their history was kept. */
    static final String HISTORY_STARTED = "history-started";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private @Nullable Long id;

    @RevisionTimestamp
    @Column(name = "revised_at", nullable = false)
    private Instant revisedAt = Instant.EPOCH;

    @Column(nullable = false, length = 64)
    private String username = "";

    protected MeetingRevision() {}

    long number() {
        if (id == null) {
            throw new IllegalStateException("revision not saved yet");
        }
        return id;
    }

    Instant revisedAt() {
        return revisedAt;
    }

    String username() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }
}

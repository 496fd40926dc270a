package org.parley.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/**
 * One audit log entry. Written once and never changed: Hibernate ignores changes to it (@Immutable), it has no
 * setters, and its repository offers no update or delete. The id is the entry's position in the chain, assigned under
 * the head's lock, because the hash covers it and must be known before the row is inserted.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry implements Persistable<Long> {

    static final int ACTOR_MAX_LENGTH = 64;
    static final int TARGET_MAX_LENGTH = 200;
    static final int DETAILS_MAX_LENGTH = 2000;

    @Id
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = ACTOR_MAX_LENGTH)
    private String actor;

    @Column(nullable = false, updatable = false, length = org.parley.shared.AuditActions.MAX_LENGTH)
    private String action;

    @Column(nullable = false, updatable = false, length = TARGET_MAX_LENGTH)
    private String target;

    @Column(nullable = false, updatable = false, length = DETAILS_MAX_LENGTH)
    private String details;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    // lets Spring Data persist (not merge) a new entry although its id is already set
    @Transient
    private boolean stored;

    protected AuditEntry() {
        this.id = 0L;
        this.occurredAt = Instant.EPOCH;
        this.actor = "";
        this.action = "";
        this.target = "";
        this.details = "";
        this.previousHash = "";
        this.hash = "";
    }

    AuditEntry(ChainLink link) {
        this.id = link.id();
        this.occurredAt = link.occurredAt();
        this.actor = link.actor();
        this.action = link.action();
        this.target = link.target();
        this.details = link.details();
        this.previousHash = link.previousHash();
        this.hash = link.hash();
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }

    String hash() {
        return hash;
    }
}

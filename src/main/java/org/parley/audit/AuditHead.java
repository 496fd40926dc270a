package org.parley.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that records the end of the chain. Appending locks it, so concurrent appends queue up and form one
 * line; verification compares it with the last entry, so removing entries from the end is detected too.
 */
@Entity
@Table(name = "audit_head")
class AuditHead {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_entry_id", nullable = false)
    private long lastEntryId;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditHead() {
        this.id = ID;
        this.lastHash = AuditHash.GENESIS;
    }

    long lastEntryId() {
        return lastEntryId;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(long entryId, String hash) {
        this.lastEntryId = entryId;
        this.lastHash = hash;
    }
}

package org.parley.audit;

import java.time.Instant;

/** An audit entry as the chain sees it: every column, including the links. Read without loading entities. */
record ChainLink(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String target,
        String details,
        String previousHash,
        String hash) {

    /** The hash this entry must carry if nothing in it was changed. */
    String expectedHash() {
        return AuditHash.of(id, occurredAt, actor, action, target, details, previousHash);
    }

    AuditEntrySummary toView() {
        return new AuditEntrySummary(id, occurredAt, actor, action, target, details, hash);
    }
}

package org.parley.audit;

import java.time.Instant;

/** One audit log entry as administrators see it; {@code occurredAt} is UTC, shown in the viewer's zone. */
public record AuditEntrySummary(
        long id, Instant occurredAt, String actor, String action, String target, String details, String hash) {}

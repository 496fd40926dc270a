package org.parley.shared;

/**
 * Something that happened which the audit log must keep. Features publish records implementing this with Spring's
 * {@code ApplicationEventPublisher}; the audit feature appends them synchronously, in the publisher's transaction, so
 * the entry commits or rolls back together with the change it describes. Publish only from a read-write transaction
 * (or outside any transaction).
 */
public interface AuditableEvent {

    /** Who did it: a username, or {@link AuditActions#SYSTEM} / {@link AuditActions#ANONYMOUS}. */
    String actor();

    /** What happened, in the past tense and upper case, e.g. {@link AuditActions#USER_CREATED}. */
    String action();

    /** What it happened to, e.g. a username or "meeting 42"; empty when there is nothing more specific. */
    String target();

    /** Anything an investigator needs to understand the entry, e.g. "VIEWER → PLANNER"; may be empty. */
    String details();
}

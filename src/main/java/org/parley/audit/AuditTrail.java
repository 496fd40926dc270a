package org.parley.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.shared.AuditActions;
import org.parley.shared.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends every {@link AuditableEvent} to the log. The listener is synchronous and joins the publisher's transaction,
 * so an entry exists exactly when the change it describes was committed; if appending fails, the change fails too.
 */
@Component
class AuditTrail {

    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final AuditEntryRepository entries;
    private final AuditHeadRepository heads;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, AuditHeadRepository heads, Clock clock) {
        this.entries = entries;
        this.heads = heads;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void append(AuditableEvent event) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // a read-only transaction is never flushed, so the entry would be lost without a word
            throw new IllegalStateException("Publish " + event.action() + " from a read-write transaction");
        }
        String action = Objects.requireNonNullElse(event.action(), "");
        if (action.length() > AuditActions.MAX_LENGTH || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("Not an audit action: '" + action + "'");
        }
        String actor = fit(event.actor(), AuditEntry.ACTOR_MAX_LENGTH).toLowerCase(Locale.ROOT);
        if (actor.isBlank()) {
            actor = AuditActions.ANONYMOUS;
        }
        String target = fit(event.target(), AuditEntry.TARGET_MAX_LENGTH);
        String details = fit(event.details(), AuditEntry.DETAILS_MAX_LENGTH);
        // timestamp(6) keeps microseconds: hash exactly what the database will give back
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);

        AuditHead head = heads.lockHead();
        long id = head.lastEntryId() + 1;
        String previousHash = head.lastHash();
        String hash = AuditHash.of(id, now, actor, action, target, details, previousHash);
        entries.save(new AuditEntry(new ChainLink(id, now, actor, action, target, details, previousHash, hash)));
        head.advance(id, hash);
    }

    /** Makes a value storable: no NUL (PostgreSQL refuses it), and at most {@code max} characters. */
    static String fit(@Nullable String value, int max) {
        String text = value == null ? "" : value.replace('\u0000', '\uFFFD');
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}

package org.parley.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which audit entries to show; a null or blank part does not filter.
 *
 * @param actor a username or its beginning, any case
 * @param action one action exactly, e.g. "USER_CREATED"
 * @param from entries at or after this instant
 * @param to entries before this instant
 */
public record AuditFilter(
        @Nullable String actor,
        @Nullable String action,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}

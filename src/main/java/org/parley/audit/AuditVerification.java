package org.parley.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the hash chain.
 *
 * @param intact true when every entry is unchanged, none is missing and the chain ends where the head says
 * @param entriesChecked entries walked before the result was known
 * @param firstBrokenEntryId the first entry at which the chain breaks (for entries removed from the end, the first
 *     missing id); null when intact
 * @param explanation what was found, in words an administrator can act on
 */
public record AuditVerification(
        boolean intact, long entriesChecked, @Nullable Long firstBrokenEntryId, String explanation) {}

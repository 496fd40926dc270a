package org.parley.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal API token as its owner (or an administrator) sees it later: never the token itself. */
public record ApiTokenSummary(
        ApiTokenId id,
        String owner,
        String name,
        ApiAccess access,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant lastUsedAt,
        boolean revoked) {

    public boolean usableAt(Instant now) {
        return !revoked && now.isBefore(expiresAt);
    }
}

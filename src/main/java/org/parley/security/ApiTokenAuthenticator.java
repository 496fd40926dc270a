package org.parley.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.parley.shared.SecretTokens;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a bearer token into the owner's principal, built afresh from the owner's current roles and clearance on every
 * request, exactly as a sign-in builds it; disabled owners and expired or revoked tokens yield nothing.
 */
@Component
class ApiTokenAuthenticator {

    /** Last use is recorded at most this often per token, so reads do not turn into writes. */
    static final Duration LAST_USE_GRANULARITY = Duration.ofMinutes(1);

    record Authenticated(SignedInUser user, ApiAccess access) {}

    private final ApiTokenRepository tokens;
    private final Clock clock;

    ApiTokenAuthenticator(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional
    Optional<Authenticated> authenticate(String token) {
        if (!token.startsWith(ApiTokenService.PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByHash(SecretTokens.sha256(token))
                .filter(t -> t.usableAt(now))
                .map(t -> {
                    Instant lastUsed = t.lastUsedAt();
                    if (lastUsed == null || lastUsed.isBefore(now.minus(LAST_USE_GRANULARITY))) {
                        tokens.recordUse(t.id().value(), now, now.minus(LAST_USE_GRANULARITY));
                    }
                    return new Authenticated(new SignedInUser(t.owner()), t.access());
                });
    }
}

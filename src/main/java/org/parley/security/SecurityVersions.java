package org.parley.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether a signed-in principal still stands: its user exists, is enabled, and has the security version the principal
 * was built with. Read from the database, which all nodes share, and kept per node for
 * {@code parley.security.session-recheck} (2 s), so a change made on one node ends the user's sessions on every node
 * within that time at the cost of one small query per user and interval (docs/0015-several-nodes.md).
 */
@Component
class SecurityVersions {

    /** The cached value of a user who is disabled or gone. */
    private static final long NO_LONGER_VALID = -1;

    private final UserAccountRepository users;
    private final TransactionTemplate readOnly;
    private final Cache<Long, Long> current;

    SecurityVersions(UserAccountRepository users, PlatformTransactionManager transactions, SecuritySettings settings) {
        this.users = users;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.current = Caffeine.newBuilder()
                .expireAfterWrite(settings.sessionRecheck())
                .maximumSize(50_000)
                .build();
    }

    boolean stillValid(SignedInUser user) {
        long userId = user.id().value();
        Long version = current.get(userId, this::load);
        return version != null && version == user.securityVersion();
    }

    /** Forgets what this node knows of the user, so that its next request reads the database (after a change here). */
    void forget(UserId user) {
        current.invalidate(user.value());
    }

    private Long load(Long userId) {
        Long version =
                readOnly.execute(status -> users.securityVersionOf(userId).orElse(NO_LONGER_VALID));
        return version == null ? NO_LONGER_VALID : version;
    }
}

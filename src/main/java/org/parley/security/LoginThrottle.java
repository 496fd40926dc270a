package org.parley.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.shared.AuditActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing: a username is locked after a run of failures, and one remote address gets only a
 * limited number of failures an hour. Every attempt is recorded, and published to the audit log. Writes run in their
 * own transaction so that a failed sign-in is recorded (and audited) even though the sign-in itself fails.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final EnumSet<LoginOutcome> FAILURES =
            EnumSet.of(LoginOutcome.BAD_CREDENTIALS, LoginOutcome.LOCKED, LoginOutcome.THROTTLED);

    private final LoginAttemptRepository attempts;
    private final LoginLockRepository locks;
    private final SecuritySettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate newTransaction;

    LoginThrottle(
            LoginAttemptRepository attempts,
            LoginLockRepository locks,
            SecuritySettings settings,
            Clock clock,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.attempts = attempts;
        this.locks = locks;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    static String normalise(@Nullable String username) {
        String trimmed = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > NewUser.USERNAME_MAX_LENGTH
                ? trimmed.substring(0, NewUser.USERNAME_MAX_LENGTH)
                : trimmed;
    }

    /** Refuses the attempt before the password is checked when the username is locked or the address throttled. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = LockedException.class)
    public void checkAllowed(String username, @Nullable String remoteAddress) {
        Instant now = clock.instant();
        Optional<LoginLock> lock = locks.findById(username);
        if (lock.isPresent() && lock.get().lockedAt(now)) {
            record(username, remoteAddress, LoginOutcome.LOCKED, now);
            audit(
                    AuditActions.ANONYMOUS,
                    AuditActions.SIGN_IN_REFUSED,
                    username,
                    "username locked until " + lock.get().lockedUntil() + from(remoteAddress));
            throw SignInPausedException.usernameLockedUntil(lock.get().lockedUntil());
        }
        if (remoteAddress != null) {
            long recentFailures = attempts.countByRemoteAddressAndOutcomeInAndAttemptedAtAfter(
                    remoteAddress, FAILURES, now.minus(Duration.ofHours(1)));
            if (recentFailures >= settings.maxFailuresPerAddressPerHour()) {
                record(username, remoteAddress, LoginOutcome.THROTTLED, now);
                audit(
                        AuditActions.ANONYMOUS,
                        AuditActions.SIGN_IN_REFUSED,
                        username,
                        "too many failed sign-ins from this address in the last hour" + from(remoteAddress));
                throw SignInPausedException.addressThrottled();
            }
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username, @Nullable String remoteAddress) {
        Instant now = clock.instant();
        locks.deleteById(username);
        record(username, remoteAddress, LoginOutcome.SUCCESS, now);
        audit(username, AuditActions.SIGN_IN_SUCCEEDED, username, "signed in" + from(remoteAddress));
    }

    /**
     * Counts a failure against the username. The count lives in the database and is taken under a row lock, so
     * failures arriving at the same moment on several nodes are all counted: a guesser gains nothing by spreading
     * attempts over the nodes (docs/0015-several-nodes.md).
     */
    public void recordFailure(String username, @Nullable String remoteAddress) {
        try {
            newTransaction.executeWithoutResult(status -> countFailure(username, remoteAddress));
        } catch (DataIntegrityViolationException firstFailureElsewhere) {
            // another node or request recorded this username's first failure at the same moment; its row exists now
            newTransaction.executeWithoutResult(status -> countFailure(username, remoteAddress));
        }
    }

    private void countFailure(String username, @Nullable String remoteAddress) {
        Instant now = clock.instant();
        // a first failure inserts the row, flushed first, so that another node's first failure at the same moment
        // makes this insert fail here, before anything else is written
        LoginLock lock = locks.findForUpdate(username).orElseGet(() -> locks.saveAndFlush(new LoginLock(username)));
        boolean lockedNow = lock.recordFailure(now, settings.maxFailures(), settings.lockDuration());
        record(username, remoteAddress, LoginOutcome.BAD_CREDENTIALS, now);
        audit(
                AuditActions.ANONYMOUS,
                AuditActions.SIGN_IN_FAILED,
                username,
                "wrong username or password" + from(remoteAddress));
        if (lockedNow) {
            log.warn(
                    "Username '{}' locked until {} after {} failed sign-ins",
                    username,
                    lock.lockedUntil(),
                    settings.maxFailures());
            audit(
                    AuditActions.SYSTEM,
                    AuditActions.USERNAME_LOCKED,
                    username,
                    "locked until " + lock.lockedUntil() + " after " + settings.maxFailures()
                            + " failed sign-ins in a row" + from(remoteAddress));
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDisabled(String username, @Nullable String remoteAddress) {
        record(username, remoteAddress, LoginOutcome.DISABLED, clock.instant());
        audit(AuditActions.ANONYMOUS, AuditActions.SIGN_IN_REFUSED, username, "account disabled" + from(remoteAddress));
    }

    @Transactional
    public void unlock(String username) {
        locks.deleteById(username);
    }

    @Nullable
    Instant lockedUntil(String username) {
        Instant now = clock.instant();
        return locks.findById(username)
                .filter(l -> l.lockedAt(now))
                .map(LoginLock::lockedUntil)
                .orElse(null);
    }

    List<LoginLock> lockedAmong(List<String> usernames) {
        return usernames.isEmpty() ? List.of() : locks.findLocked(usernames, clock.instant());
    }

    private void record(String username, @Nullable String remoteAddress, LoginOutcome outcome, Instant now) {
        attempts.save(new LoginAttempt(now, username, remoteAddress, outcome));
    }

    // published inside this class's own transaction, so the audit entry commits with the attempt's record
    private void audit(String actor, String action, String username, String details) {
        events.publishEvent(new SecurityEvent(actor, action, username, details));
    }

    private static String from(@Nullable String remoteAddress) {
        return "; from " + (remoteAddress == null ? "an unknown address" : remoteAddress);
    }
}

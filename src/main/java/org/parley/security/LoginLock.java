package org.parley.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * Failed sign-ins in a row for one username, and the lock they caused. Deleted on success or unlock. A new one is
 * always inserted, never merged onto a row another node wrote meanwhile ({@link Persistable}): that would reset the
 * other node's count; the insert fails instead, and LoginThrottle counts again on the row that now exists.
 */
@Entity
@Table(name = "login_lock")
class LoginLock implements Persistable<String> {

    @Id
    @Column(length = NewUser.USERNAME_MAX_LENGTH)
    private String username;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Transient
    private boolean isNew;

    protected LoginLock() {
        this.username = "";
    }

    LoginLock(String username) {
        this.username = username;
        this.isNew = true;
    }

    @Override
    public String getId() {
        return username;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostPersist
    @PostLoad
    void stored() {
        isNew = false;
    }

    String username() {
        return username;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    @Nullable
    Instant lockedUntil() {
        return lockedUntil;
    }

    /** Counts a failure; returns true when this failure locks the username. */
    boolean recordFailure(Instant now, int maxFailures, java.time.Duration lockDuration) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            // an expired lock starts a fresh count
            lockedUntil = null;
            consecutiveFailures = 0;
        }
        consecutiveFailures++;
        if (consecutiveFailures >= maxFailures) {
            lockedUntil = now.plus(lockDuration);
            consecutiveFailures = 0;
            return true;
        }
        return false;
    }
}

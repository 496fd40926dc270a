package org.parley.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One sign-in attempt, successful or not; written once and never changed. */
@Entity
@Table(name = "login_attempt")
class LoginAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(nullable = false, length = NewUser.USERNAME_MAX_LENGTH)
    private String username;

    @Column(name = "remote_address", length = 64)
    private @Nullable String remoteAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LoginOutcome outcome;

    protected LoginAttempt() {
        this.attemptedAt = Instant.EPOCH;
        this.username = "";
        this.outcome = LoginOutcome.SUCCESS;
    }

    LoginAttempt(Instant attemptedAt, String username, @Nullable String remoteAddress, LoginOutcome outcome) {
        this.attemptedAt = attemptedAt;
        this.username = username;
        this.remoteAddress = remoteAddress;
        this.outcome = outcome;
    }

    Instant attemptedAt() {
        return attemptedAt;
    }

    String username() {
        return username;
    }

    @Nullable
    String remoteAddress() {
        return remoteAddress;
    }

    LoginOutcome outcome() {
        return outcome;
    }
}

package org.parley.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "api_token")
class ApiToken {

    static final int NAME_MAX_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private UserAccount owner;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "read_write", nullable = false)
    private boolean readWrite;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(nullable = false)
    private boolean revoked;

    protected ApiToken() {
        // for JPA
        this.owner = new UserAccount();
        this.name = "";
        this.tokenHash = "";
        this.expiresAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    ApiToken(UserAccount owner, String name, String tokenHash, ApiAccess access, Instant createdAt, Instant expiresAt) {
        this.owner = owner;
        this.name = name;
        this.tokenHash = tokenHash;
        this.readWrite = access == ApiAccess.READ_WRITE;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    ApiTokenId id() {
        if (id == null) {
            throw new IllegalStateException("token not saved yet");
        }
        return new ApiTokenId(id);
    }

    UserAccount owner() {
        return owner;
    }

    ApiAccess access() {
        return readWrite ? ApiAccess.READ_WRITE : ApiAccess.READ_ONLY;
    }

    @Nullable
    Instant lastUsedAt() {
        return lastUsedAt;
    }

    boolean usableAt(Instant now) {
        return !revoked && now.isBefore(expiresAt) && owner.enabled();
    }

    void usedAt(Instant now) {
        this.lastUsedAt = now;
    }

    void revoke() {
        this.revoked = true;
    }

    boolean revoked() {
        return revoked;
    }

    String name() {
        return name;
    }

    ApiTokenSummary toSummary() {
        return new ApiTokenSummary(id(), owner.username(), name, access(), createdAt, expiresAt, lastUsedAt, revoked);
    }
}

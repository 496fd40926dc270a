package org.parley.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.shared.Classification;

@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = NewUser.USERNAME_MAX_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = NewUser.DISPLAY_NAME_MAX_LENGTH)
    private String displayName;

    @Column(length = NewUser.EMAIL_MAX_LENGTH)
    private @Nullable String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Classification clearance;

    @Column(name = "time_zone", nullable = false, length = 64)
    private ZoneId timeZone;

    @Column(nullable = false, length = 16)
    private String language;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    /** Raised when the user's open sessions must end, on every node; see {@link SecurityVersions}. */
    @Column(name = "security_version", nullable = false)
    private long securityVersion;

    protected UserAccount() {
        // for JPA
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.clearance = Classification.UNCLASSIFIED;
        this.timeZone = ZoneId.of("UTC");
        this.language = "en";
        this.createdAt = Instant.EPOCH;
    }

    UserAccount(NewUser data, String passwordHash, Instant createdAt) {
        this.username = data.username();
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        this.displayName = data.displayName();
        this.email = data.email();
        this.roles = EnumSet.copyOf(data.roles());
        this.clearance = data.clearance();
        this.timeZone = data.timeZone();
        this.language = data.language();
    }

    UserId id() {
        if (id == null) {
            throw new IllegalStateException("user not saved yet");
        }
        return new UserId(id);
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    @Nullable
    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    Classification clearance() {
        return clearance;
    }

    ZoneId timeZone() {
        return timeZone;
    }

    String language() {
        return language;
    }

    boolean enabled() {
        return enabled;
    }

    long securityVersion() {
        return securityVersion;
    }

    /** Ends every session signed in before now, on every node (each node notices within its recheck interval). */
    void endSessions() {
        securityVersion++;
    }

    void apply(UserChanges changes) {
        this.displayName = changes.displayName();
        this.email = changes.email();
        this.roles.clear();
        this.roles.addAll(changes.roles());
        this.clearance = changes.clearance();
        this.timeZone = changes.timeZone();
        this.language = changes.language();
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void changeTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone;
    }

    void changeLanguage(String language) {
        this.language = language;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    UserSummary toSummary(@Nullable Instant lockedUntil) {
        return new UserSummary(
                id(), username, displayName, email, roles(), clearance, timeZone, language, enabled, lockedUntil);
    }
}

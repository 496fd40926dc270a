package org.parley.security;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.parley.shared.Classification;
import org.parley.shared.Messages;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a signed-in session. Equality is the username's (inherited from {@link User}), which the session
 * registry relies on to find a user's sessions.
 */
public class SignedInUser extends User implements org.parley.shared.HasDisplayName, org.parley.shared.HasLanguage {

    private final UserId id;
    private final String displayName;
    private final Set<Role> roles;
    private final Classification clearance;
    private final ZoneId timeZone;
    private final Locale language;
    private final long securityVersion;

    SignedInUser(UserAccount account) {
        super(
                account.username(),
                account.passwordHash(),
                account.enabled(),
                true,
                true,
                true,
                account.roles().stream()
                        .map(r -> new org.springframework.security.core.authority.SimpleGrantedAuthority(r.authority()))
                        .toList());
        this.id = account.id();
        this.displayName = account.displayName();
        this.roles = account.roles();
        this.clearance = account.clearance();
        this.timeZone = account.timeZone();
        this.language = Messages.supported(account.language());
        this.securityVersion = account.securityVersion();
    }

    private SignedInUser(String username, Set<Role> roles) {
        super(
                username,
                "",
                true,
                true,
                true,
                true,
                roles.stream()
                        .map(r -> new org.springframework.security.core.authority.SimpleGrantedAuthority(r.authority()))
                        .toList());
        this.id = new UserId(0);
        this.displayName = "Parley";
        this.roles = EnumSet.copyOf(roles);
        this.clearance = Classification.SECRET;
        this.timeZone = ZoneId.of("UTC");
        this.language = Locale.ENGLISH;
        this.securityVersion = 0;
    }

    /** The identity of start-up work; see {@link SystemTask}. */
    static SignedInUser system() {
        return new SignedInUser(SystemTask.SYSTEM_USERNAME, EnumSet.allOf(Role.class));
    }

    public UserId id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Classification clearance() {
        return clearance;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    /** The language the user chose; Parley speaks it from sign-in on. */
    @Override
    public Locale language() {
        return language;
    }

    /** The user's security version when this principal was built (at sign-in); see {@link SecurityVersions}. */
    long securityVersion() {
        return securityVersion;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}

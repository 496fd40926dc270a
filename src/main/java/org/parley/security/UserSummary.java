package org.parley.security;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.shared.Classification;

/** A user as other features and the Users view see it; never carries the password hash. */
public record UserSummary(
        UserId id,
        String username,
        String displayName,
        @Nullable String email,
        Set<Role> roles,
        Classification clearance,
        ZoneId timeZone,
        String language,
        boolean enabled,
        @Nullable Instant lockedUntil) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean locked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}

package org.parley.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistryImpl;

/**
 * This node's registry of signed-in sessions, which also ends a session whose user was disabled, or whose roles,
 * clearance or password were changed, on another node. Spring Security's {@code ConcurrentSessionFilter} asks it for
 * every request of a session; a session found out of date is expired, and the filter signs it out and sends the
 * browser to {@code /login?expired}, exactly as for a change made on this node.
 */
class ClusterSessionRegistry extends SessionRegistryImpl {

    private final SecurityVersions versions;

    ClusterSessionRegistry(SecurityVersions versions) {
        this.versions = versions;
    }

    @Override
    public @Nullable SessionInformation getSessionInformation(String sessionId) {
        SessionInformation session = super.getSessionInformation(sessionId);
        if (session != null
                && !session.isExpired()
                && session.getPrincipal() instanceof SignedInUser user
                && !versions.stillValid(user)) {
            session.expireNow();
        }
        return session;
    }
}

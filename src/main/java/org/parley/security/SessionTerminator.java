package org.parley.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends a user's open sessions, so that a disabled user or one whose roles changed must sign in again: at once on this
 * node, and on the other nodes within {@code parley.security.session-recheck} through the user's security version.
 */
@Component
class SessionTerminator {

    private final SessionRegistry registry;
    private final SecurityVersions versions;

    SessionTerminator(SessionRegistry registry, SecurityVersions versions) {
        this.registry = registry;
        this.versions = versions;
    }

    /** Call inside the transaction that changes the user: the new security version commits with the change. */
    int endSessionsOf(UserAccount user) {
        user.endSessions();
        versions.forget(user.id());
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof SignedInUser signedIn
                    && signedIn.getUsername().equals(user.username())) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }
}

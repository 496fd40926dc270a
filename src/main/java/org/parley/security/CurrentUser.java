package org.parley.security;

import java.util.Optional;
import org.parley.shared.AuditActions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services that apply object rules (clearance, own submission) and for the UI. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    /**
     * Who to name as the actor in the audit log: the signed-in username; "system" for start-up and background work,
     * which runs with no user or as {@link SystemTask}; "anonymous" for a visitor who has not signed in.
     */
    public String actorName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication.getName() == null
                || authentication.getName().isBlank()) {
            return AuditActions.SYSTEM;
        }
        if (authentication instanceof AnonymousAuthenticationToken) {
            return AuditActions.ANONYMOUS;
        }
        return authentication.getName();
    }
}

package org.parley.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (the first administrator, demo data) through the normal services, which check roles, with a
 * short-lived "system" identity that holds every role and the highest clearance. Nothing reachable from a request calls it.
 */
public final class SystemTask {

    public static final String SYSTEM_USERNAME = "system";

    private SystemTask() {}

    public static <T> T runAsSystem(Supplier<T> task) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        SignedInUser system = SignedInUser.system();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsSystem(Runnable task) {
        runAsSystem(() -> {
            task.run();
            return null;
        });
    }
}

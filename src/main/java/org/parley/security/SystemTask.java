package org.parley.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Runs start-up work (the first administrator, demo data) through the normal services, which check roles, with a
 * short-lived "system" identity that holds every role and the highest clearance, or as a named user. For start-up
 * work and the system's own background jobs (the calendar replies reader, docs/0026): nothing reachable from a request
 * calls it. Requests are authenticated by their filter chain (a session,
 * an API token, a feed token) and run as who they are.
 */
public final class SystemTask {

    public static final String SYSTEM_USERNAME = "system";

    private SystemTask() {}

    public static <T> T runAsSystem(Supplier<T> task) {
        return runAs(SignedInUser.system(), task);
    }

    /**
     * Runs start-up work as a particular user (demo data acts as the planner and the approvers), with exactly that
     * user's roles and clearance.
     */
    public static <T> T runAs(UserDetails user, Supplier<T> task) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
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

package org.parley.security;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (the first administrator, demo data) through the normal services, which check roles, with a
 * short-lived "system" identity that holds every role. Nothing reachable from a request calls it.
 */
public final class SystemTask {

    public static final String SYSTEM_USERNAME = "system";

    private SystemTask() {}

    public static <T> T runAsSystem(Supplier<T> task) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        List<SimpleGrantedAuthority> authorities = Arrays.stream(Role.values())
                .map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(SYSTEM_USERNAME, null, authorities));
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

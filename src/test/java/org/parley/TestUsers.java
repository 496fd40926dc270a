package org.parley;

import java.util.function.Supplier;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs a piece of a test as a given user, for tests that switch users (approvals) or use several threads. */
@Component
@Profile("test")
public class TestUsers {

    private final UserDetailsService users;

    TestUsers(UserDetailsService users) {
        this.users = users;
    }

    public <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}

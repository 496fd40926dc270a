package org.parley;

import java.util.function.Supplier;
import org.parley.security.SystemTask;
import org.springframework.context.annotation.Profile;
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
        return SystemTask.runAs(users.loadUserByUsername(username), work);
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}

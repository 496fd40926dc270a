package org.parley;

import java.time.ZoneId;
import java.util.Set;
import org.parley.security.NewUser;
import org.parley.security.Role;
import org.parley.security.SystemTask;
import org.parley.security.UserService;
import org.parley.shared.Classification;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;

/**
 * Test-only beans: a settable clock, and one user per role (as in the demo, with the same clearances) so that tests
 * can sign in with {@code @WithUserDetails("planner")}. "admin" comes from FirstAdministrator.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class TestSetup {

    public static final String PASSWORD = "test-users-pass-phrase";

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    @Order(10)
    ApplicationRunner oneUserPerRole(UserService users) {
        return args -> SystemTask.runAsSystem(() -> {
            users.create(user("viewer", "Victor Viewer", Role.VIEWER, Classification.UNCLASSIFIED));
            users.create(user("planner", "Paula Planner", Role.PLANNER, Classification.CONFIDENTIAL));
            users.create(user("planner2", "Peter Planner", Role.PLANNER, Classification.RESTRICTED));
            users.create(user("approver", "Anna Approver", Role.APPROVER, Classification.SECRET));
            users.create(user("approver2", "Arthur Approver", Role.APPROVER, Classification.CONFIDENTIAL));
            users.create(user("senior", "Sofia Senior", Role.SENIOR_APPROVER, Classification.SECRET));
        });
    }

    private static NewUser user(String username, String name, Role role, Classification clearance) {
        return new NewUser(
                username,
                name,
                username + "@parley.test",
                Set.of(role),
                clearance,
                ZoneId.of("Europe/Berlin"),
                "en",
                PASSWORD);
    }
}

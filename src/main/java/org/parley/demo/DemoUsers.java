package org.parley.demo;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.parley.security.NewUser;
import org.parley.security.Role;
import org.parley.shared.Classification;

/** The demo users of ../shared/product.md: one role each, all with the same password. */
final class DemoUsers {

    static final String PASSWORD = "parley-demo-pass";

    static final List<NewUser> ALL = List.of(
            user("admin", "Alex Admin", Role.ADMIN, Classification.SECRET, "Europe/Moscow", "en"),
            user("planner", "Paula Planner", Role.PLANNER, Classification.CONFIDENTIAL, "Europe/Moscow", "en"),
            user("planner2", "Peter Planner", Role.PLANNER, Classification.RESTRICTED, "Europe/Moscow", "ru"),
            user("approver", "Anna Approver", Role.APPROVER, Classification.SECRET, "Europe/Moscow", "en"),
            user("approver2", "Arthur Approver", Role.APPROVER, Classification.CONFIDENTIAL, "Europe/Moscow", "ar"),
            user("senior", "Sofia Senior", Role.SENIOR_APPROVER, Classification.SECRET, "Europe/Moscow", "hi"),
            user("viewer", "Victor Viewer", Role.VIEWER, Classification.UNCLASSIFIED, "Europe/Moscow", "en"));

    private DemoUsers() {}

    /** {@code language}: planner2 reads Russian, senior Hindi, approver2 Arabic; a newcomer as planner meets English. */
    private static NewUser user(
            String username, String name, Role role, Classification clearance, String zone, String language) {
        return new NewUser(
                username,
                name,
                username + "@parley.example",
                Set.of(role),
                clearance,
                ZoneId.of(zone),
                language,
                PASSWORD);
    }
}

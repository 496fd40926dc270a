package org.parley.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.ParleyTest;
import org.parley.shared.Classification;
import org.parley.shared.RuleViolationException;
import org.parley.shared.TimeZones;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class UserServiceTest {

    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    UserService users;

    @Autowired
    ParleyUserDetailsService userDetails;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    @WithUserDetails("admin")
    void an_administrator_creates_a_user_with_a_hashed_password() {
        UserSummary created = users.create(newUser("Consul.Ivanova", "a long and unusual pass phrase"));

        assertThat(created.username()).startsWith("consul.ivanova");
        assertThat(created.roles()).containsExactly(Role.PLANNER);
        UserAccount stored = accounts.findByUsername(created.username()).orElseThrow();
        assertThat(stored.passwordHash()).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(passwordEncoder.matches("a long and unusual pass phrase", stored.passwordHash()))
                .isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void a_common_or_short_initial_password_is_refused() {
        assertThatThrownBy(() -> users.create(newUser("weakling", "password1234")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("common");
        assertThatThrownBy(() -> users.create(newUser("shorty", "short")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("at least 12");
    }

    @Test
    @WithUserDetails("admin")
    void a_taken_username_is_refused() {
        assertThatThrownBy(() -> users.create(newUserNamed("planner", "a long and unusual pass phrase")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("taken");
    }

    @Test
    @WithUserDetails("admin")
    void invalid_input_is_refused_with_field_messages() {
        var invalid = new NewUser(
                "Not Valid!",
                "",
                "not-an-email",
                Set.of(),
                Classification.SECRET,
                ZoneId.of("UTC"),
                "en",
                "a long and unusual pass phrase");

        assertThatThrownBy(() -> users.create(invalid))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Use lower-case letters")
                .hasMessageContaining("Enter the name to display")
                .hasMessageContaining("Enter a valid e-mail address")
                .hasMessageContaining("Choose at least one role");
    }

    @Test
    @WithUserDetails("planner")
    void a_planner_cannot_administer_users() {
        assertRefused();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_cannot_administer_users() {
        assertRefused();
    }

    @Test
    @WithUserDetails("senior")
    void a_senior_approver_cannot_administer_users() {
        assertRefused();
    }

    private void assertRefused() {
        UserId someone = SystemTask.runAsSystem(() -> users.create(newUser("target", "a long and unusual pass phrase")))
                .id();
        assertThatThrownBy(() -> users.list("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.get(someone)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(newUser("intruder", "a long and unusual pass phrase")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.setEnabled(someone, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(someone, "a long and unusual pass phrase"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.unlock(someone)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.update(
                        someone,
                        new UserChanges(
                                "X", null, EnumSet.of(Role.ADMIN), Classification.SECRET, ZoneId.of("UTC"), "en")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void disabling_a_user_ends_their_open_sessions() {
        UserSummary target = users.create(newUser("leaving", "a long and unusual pass phrase"));
        String sessionId = openSessionOf(target.username());

        users.setEnabled(target.id(), false);

        assertThat(sessionRegistry.getSessionInformation(sessionId).isExpired()).isTrue();
        assertThat(users.get(target.id()).enabled()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void changing_roles_or_clearance_ends_open_sessions_but_other_edits_do_not() {
        UserSummary target = users.create(newUser("moving", "a long and unusual pass phrase"));
        String first = openSessionOf(target.username());

        users.update(
                target.id(),
                new UserChanges(
                        "A New Name", null, target.roles(), target.clearance(), ZoneId.of("Asia/Riyadh"), "en"));
        assertThat(sessionRegistry.getSessionInformation(first).isExpired()).isFalse();

        users.update(
                target.id(),
                new UserChanges(
                        "A New Name",
                        null,
                        EnumSet.of(Role.APPROVER),
                        target.clearance(),
                        ZoneId.of("Asia/Riyadh"),
                        "en"));
        assertThat(sessionRegistry.getSessionInformation(first).isExpired()).isTrue();

        String second = openSessionOf(target.username());
        users.update(
                target.id(),
                new UserChanges(
                        "A New Name",
                        null,
                        EnumSet.of(Role.APPROVER),
                        Classification.CONFIDENTIAL,
                        ZoneId.of("Asia/Riyadh"),
                        "en"));
        assertThat(sessionRegistry.getSessionInformation(second).isExpired()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_cannot_disable_themselves_or_drop_their_own_admin_role() {
        UserSummary me = users.me();
        assertThatThrownBy(() -> users.setEnabled(me.id(), false)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> users.update(
                        me.id(),
                        new UserChanges(
                                me.displayName(), null, EnumSet.of(Role.VIEWER), me.clearance(), me.timeZone(), "en")))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    @WithUserDetails("admin")
    void the_user_list_filters_by_name_in_the_database() {
        users.create(newUserNamed("filter.probe" + counter.incrementAndGet(), "a long and unusual pass phrase"));

        assertThat(users.list("FILTER.PROBE", PageRequest.of(0, 50)).getContent())
                .isNotEmpty()
                .allSatisfy(u -> assertThat(u.username()).contains("filter.probe"));
        assertThat(users.list("no-such-user-anywhere", PageRequest.of(0, 50)).getContent())
                .isEmpty();
    }

    @Test
    @WithUserDetails("planner2")
    void every_user_changes_their_own_password_after_giving_the_current_one() {
        assertThatThrownBy(() -> users.changeOwnPassword("not my password", "another long pass phrase"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("current password");
        assertThatThrownBy(() -> users.changeOwnPassword(org.parley.TestSetup.PASSWORD, "password1234"))
                .isInstanceOf(RuleViolationException.class);

        users.changeOwnPassword(org.parley.TestSetup.PASSWORD, "quiet harbour seventeen lanterns");
        UserAccount stored = accounts.findByUsername("planner2").orElseThrow();
        assertThat(passwordEncoder.matches("quiet harbour seventeen lanterns", stored.passwordHash()))
                .isTrue();
        users.changeOwnPassword("quiet harbour seventeen lanterns", org.parley.TestSetup.PASSWORD);
    }

    @Test
    @WithUserDetails("viewer")
    void every_user_changes_their_own_time_zone() {
        UserSummary me = users.changeOwnTimeZone(ZoneId.of("Asia/Kolkata"));

        assertThat(me.timeZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(users.me().timeZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        users.changeOwnTimeZone(ZoneId.of("Europe/Berlin"));
    }

    @Test
    @WithUserDetails("viewer")
    void a_time_zone_that_is_no_region_is_refused_for_oneself_and_for_new_users() {
        ZoneId before = users.me().timeZone();

        for (String zone : List.of("GMT+14", "+05:30", "SystemV/AST4", "Etc/GMT-3")) {
            assertThatThrownBy(() -> users.changeOwnTimeZone(ZoneId.of(zone)))
                    .as(zone)
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessageContaining(TimeZones.MESSAGE);
        }
        assertThat(users.me().timeZone()).isEqualTo(before);
        assertThat(users.changeOwnTimeZone(TimeZones.UTC).timeZone()).isEqualTo(ZoneId.of("UTC"));
        users.changeOwnTimeZone(before);
        var withOffset = new NewUser(
                "offset" + counter.incrementAndGet(),
                "Offset User",
                null,
                EnumSet.of(Role.VIEWER),
                Classification.UNCLASSIFIED,
                ZoneId.of("GMT+14"),
                "en",
                "quiet harbour seventeen lanterns");
        assertThatThrownBy(() -> SystemTask.runAsSystem(() -> users.create(withOffset)))
                .hasMessageContaining(TimeZones.MESSAGE);
    }

    private String openSessionOf(String username) {
        String sessionId = "session-" + counter.incrementAndGet();
        sessionRegistry.registerNewSession(sessionId, userDetails.loadUserByUsername(username));
        return sessionId;
    }

    private static NewUser newUser(String prefix, String password) {
        return newUserNamed(prefix.toLowerCase() + counter.incrementAndGet(), password);
    }

    private static NewUser newUserNamed(String username, String password) {
        return new NewUser(
                username,
                "Test " + username,
                null,
                EnumSet.of(Role.PLANNER),
                Classification.RESTRICTED,
                ZoneId.of("Europe/Moscow"),
                "en",
                password);
    }
}

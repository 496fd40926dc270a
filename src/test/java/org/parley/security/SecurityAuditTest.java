package org.parley.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.MutableClock;
import org.parley.ParleyTest;
import org.parley.audit.AuditEntrySummary;
import org.parley.audit.AuditFilter;
import org.parley.audit.AuditService;
import org.parley.shared.Classification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Sign-ins and user administration leave entries in the audit log, naming who did what to whom. */
@ParleyTest
class SecurityAuditTest {

    private static final AtomicInteger counter = new AtomicInteger();
    private static final String PASSWORD = "a sturdy pass phrase for audits";

    @Autowired
    ThrottlingAuthenticationProvider signIn;

    @Autowired
    UserService users;

    @Autowired
    AuditService audit;

    @Autowired
    LoginAttemptRepository attempts;

    @Autowired
    SecuritySettings settings;

    @Autowired
    MutableClock clock;

    private Instant start;
    private String address;

    @BeforeEach
    void fixTheClock() {
        // each test gets its own minute, so the log's time filter finds exactly this test's entries
        start = Instant.parse("2031-01-01T00:00:00Z").plus(Duration.ofMinutes(counter.incrementAndGet()));
        clock.set(start);
        address = "10.77.0." + counter.get();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_successful_sign_in_is_logged_with_the_remote_address() {
        String username = createUser("signin").username();

        attempt(username, PASSWORD);

        List<AuditEntrySummary> entries = entriesAbout(username);
        assertThat(entries).extracting(AuditEntrySummary::action).containsExactly("SIGN_IN_SUCCEEDED", "USER_CREATED");
        assertThat(entries.getFirst().actor()).isEqualTo(username);
        assertThat(entries.getFirst().details()).contains(address);
    }

    @Test
    void failed_sign_ins_the_lock_they_cause_and_the_refusal_after_it_are_logged() {
        String username = createUser("locked").username();
        for (int i = 0; i < settings.maxFailures(); i++) {
            assertThatThrownBy(() -> attempt(username, "not the password at all"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(username, PASSWORD)).isInstanceOf(LockedException.class);

        List<AuditEntrySummary> entries = entriesAbout(username);
        assertThat(entries)
                .extracting(AuditEntrySummary::action)
                .containsExactly(
                        "SIGN_IN_REFUSED",
                        "USERNAME_LOCKED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "USER_CREATED");
        assertThat(entries)
                .extracting(AuditEntrySummary::actor)
                .containsExactly(
                        "anonymous",
                        "system",
                        "anonymous",
                        "anonymous",
                        "anonymous",
                        "anonymous",
                        "anonymous",
                        "system");
        assertThat(entries.get(0).details()).contains("locked until").contains(address);
        assertThat(entries.get(1).details()).contains("after " + settings.maxFailures() + " failed sign-ins");
        assertThat(entries.get(2).details())
                .contains("wrong username or password")
                .contains(address);
    }

    @Test
    void a_sign_in_refused_for_too_many_failures_from_one_address_is_logged() {
        String username = createUser("sprayed").username();
        for (int i = 0; i < settings.maxFailuresPerAddressPerHour(); i++) {
            attempts.save(new LoginAttempt(start, "spray" + i, address, LoginOutcome.BAD_CREDENTIALS));
        }

        assertThatThrownBy(() -> attempt(username, PASSWORD)).isInstanceOf(LockedException.class);

        List<AuditEntrySummary> entries = entriesAbout(username);
        assertThat(entries).extracting(AuditEntrySummary::action).containsExactly("SIGN_IN_REFUSED", "USER_CREATED");
        assertThat(entries.getFirst().details())
                .contains("too many failed sign-ins from this address")
                .contains(address);
    }

    @Test
    void a_sign_in_to_a_disabled_account_is_logged_as_refused() {
        UserSummary user = createUser("disabled");
        SystemTask.runAsSystem(() -> users.setEnabled(user.id(), false));

        assertThatThrownBy(() -> attempt(user.username(), PASSWORD)).isInstanceOf(DisabledException.class);

        assertThat(entriesAbout(user.username()))
                .extracting(AuditEntrySummary::action, AuditEntrySummary::actor)
                .containsExactly(
                        tuple("SIGN_IN_REFUSED", "anonymous"),
                        tuple("USER_DISABLED", "system"),
                        tuple("USER_CREATED", "system"));
        assertThat(entriesAbout(user.username()).getFirst().details()).contains("account disabled");
    }

    @Test
    @WithUserDetails("admin")
    void user_administration_is_logged_with_the_administrator_as_actor_and_what_changed() {
        UserSummary user = users.create(new NewUser(
                "audited" + counter.incrementAndGet(),
                "Audited User",
                null,
                EnumSet.of(Role.PLANNER),
                Classification.RESTRICTED,
                ZoneId.of("UTC"),
                "en",
                PASSWORD));
        String username = user.username();

        // a change to the display name alone is not security-relevant
        users.update(
                user.id(),
                new UserChanges(
                        "Renamed", null, EnumSet.of(Role.PLANNER), Classification.RESTRICTED, ZoneId.of("UTC"), "en"));
        users.update(
                user.id(),
                new UserChanges(
                        "Renamed",
                        null,
                        EnumSet.of(Role.APPROVER, Role.VIEWER),
                        Classification.SECRET,
                        ZoneId.of("UTC"),
                        "en"));
        users.setEnabled(user.id(), false);
        users.setEnabled(user.id(), true);
        users.setEnabled(user.id(), true);
        users.resetPassword(user.id(), "another sturdy phrase for audits");
        lockOut(username);
        users.unlock(user.id());

        List<AuditEntrySummary> byAdmin = entriesAbout(username).stream()
                .filter(e -> e.actor().equals("admin"))
                .toList()
                .reversed();
        assertThat(byAdmin)
                .extracting(AuditEntrySummary::action)
                .containsExactly(
                        "USER_CREATED",
                        "ROLES_CHANGED",
                        "CLEARANCE_CHANGED",
                        "USER_DISABLED",
                        "USER_ENABLED",
                        "PASSWORD_RESET",
                        "USER_UNLOCKED");
        assertThat(byAdmin.get(0).details()).isEqualTo("roles PLANNER; clearance RESTRICTED; enabled");
        assertThat(byAdmin.get(1).details()).isEqualTo("PLANNER → VIEWER, APPROVER");
        assertThat(byAdmin.get(2).details()).isEqualTo("RESTRICTED → SECRET");
        assertThat(byAdmin.get(6).details()).startsWith("was locked until");
    }

    @Test
    void work_done_at_start_up_is_logged_as_the_system() {
        String username = createUser("bysystem").username();

        assertThat(entriesAbout(username)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("USER_CREATED");
            assertThat(entry.actor()).isEqualTo("system");
        });
    }

    @Test
    @WithUserDetails("planner2")
    void a_user_changing_their_own_password_is_logged() {
        users.changeOwnPassword(org.parley.TestSetup.PASSWORD, "quiet harbour seventeen lanterns");
        users.changeOwnPassword("quiet harbour seventeen lanterns", org.parley.TestSetup.PASSWORD);

        assertThat(entriesAbout("planner2"))
                .extracting(AuditEntrySummary::action, AuditEntrySummary::actor)
                .containsOnly(tuple("PASSWORD_CHANGED", "planner2"))
                .hasSize(2);
    }

    private UserSummary createUser(String prefix) {
        String username = prefix + counter.incrementAndGet();
        return SystemTask.runAsSystem(() -> users.create(new NewUser(
                username,
                "Audited User",
                null,
                EnumSet.of(Role.VIEWER),
                Classification.UNCLASSIFIED,
                ZoneId.of("UTC"),
                "en",
                PASSWORD)));
    }

    private void lockOut(String username) {
        for (int i = 0; i < settings.maxFailures(); i++) {
            assertThatThrownBy(() -> attempt(username, "not the password at all"))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    private Authentication attempt(String username, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return signIn.authenticate(token);
    }

    /** This test's entries about one username, newest first; read as the system because the log is for admins. */
    private List<AuditEntrySummary> entriesAbout(String username) {
        var filter = new AuditFilter(null, null, start, start.plus(Duration.ofMinutes(1)));
        return SystemTask.runAsSystem(
                        () -> audit.find(filter, PageRequest.of(0, 200)).getContent())
                .stream()
                .filter(e -> e.target().equals(username))
                .toList();
    }
}

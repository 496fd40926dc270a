package org.parley.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.parley.MutableClock;
import org.parley.ParleyTest;
import org.parley.shared.Classification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@ParleyTest
class SignInThrottlingTest {

    private static final AtomicInteger counter = new AtomicInteger();
    private static final String PASSWORD = "a sturdy pass phrase for tests";

    @Autowired
    ThrottlingAuthenticationProvider signIn;

    @Autowired
    UserService users;

    @Autowired
    LoginAttemptRepository attempts;

    @Autowired
    MutableClock clock;

    @Autowired
    SecuritySettings settings;

    private String username;
    private UserSummary user;
    private String address;

    @BeforeEach
    void createUser() {
        clock.set(Instant.parse("2026-02-14T08:00:00Z"));
        username = "throttled" + counter.incrementAndGet();
        address = "10.9.8." + counter.get();
        user = SystemTask.runAsSystem(() -> users.create(new NewUser(
                username,
                "Throttled User",
                null,
                Set.of(Role.VIEWER),
                Classification.UNCLASSIFIED,
                ZoneId.of("UTC"),
                "en",
                PASSWORD)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_right_password_signs_in_and_is_recorded() {
        Authentication result = attempt(username, PASSWORD, address);

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getPrincipal())
                .isInstanceOfSatisfying(
                        SignedInUser.class, p -> assertThat(p.displayName()).isEqualTo("Throttled User"));
        assertThat(outcomesFor(username)).containsExactly(LoginOutcome.SUCCESS);
    }

    @Test
    void five_wrong_passwords_lock_the_username_even_for_the_right_password() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt(username, "wrong password " + counter, address))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> attempt(username, PASSWORD, address))
                .isInstanceOf(LockedException.class)
                .hasMessageContaining("Too many failed sign-ins");
        assertThat(outcomesFor(username))
                .containsExactly(
                        LoginOutcome.LOCKED,
                        LoginOutcome.BAD_CREDENTIALS,
                        LoginOutcome.BAD_CREDENTIALS,
                        LoginOutcome.BAD_CREDENTIALS,
                        LoginOutcome.BAD_CREDENTIALS,
                        LoginOutcome.BAD_CREDENTIALS);
    }

    @Test
    void four_failures_then_a_success_start_the_count_again() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt(username, "nope nope nope", address));
        }
        attempt(username, PASSWORD, address);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt(username, "nope nope nope", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(attempt(username, PASSWORD, address).isAuthenticated()).isTrue();
    }

    @Test
    void the_lock_expires_by_itself_after_the_configured_duration() {
        lockOut();

        clock.advance(settings.lockDuration().minusSeconds(1));
        assertThatThrownBy(() -> attempt(username, PASSWORD, address)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofSeconds(2));
        assertThat(attempt(username, PASSWORD, address).isAuthenticated()).isTrue();
    }

    @Test
    void an_administrator_can_lift_the_lock() {
        lockOut();
        UserSummary locked = SystemTask.runAsSystem(() -> users.get(user.id()));
        assertThat(locked.locked(clock.instant())).isTrue();

        SystemTask.runAsSystem(() -> users.unlock(user.id()));

        assertThat(attempt(username, PASSWORD, address).isAuthenticated()).isTrue();
    }

    @Test
    void unknown_usernames_are_throttled_and_recorded_too() {
        String ghost = "ghost" + counter.incrementAndGet();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt(ghost, "whatever it is", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(ghost, "whatever it is", address)).isInstanceOf(LockedException.class);
        assertThat(outcomesFor(ghost)).hasSize(6);
    }

    /**
     * Several nodes (here: threads, each on its own database connection) take wrong passwords at the same moment.
     * Repeated, as it is a race: the first failures collide on the new row, the later ones queue on its lock.
     */
    @RepeatedTest(3)
    void failures_arriving_on_several_nodes_at_the_same_moment_are_all_counted() throws Exception {
        int nodes = settings.maxFailures();
        var together = new CyclicBarrier(nodes);
        var pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<Throwable>> outcomes = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                String from = "198.51.100." + i;
                outcomes.add(pool.submit(() -> {
                    together.await();
                    try {
                        attempt(username, "a guess on node " + from, from);
                        return null;
                    } catch (RuntimeException refused) {
                        return refused;
                    }
                }));
            }
            for (Future<Throwable> outcome : outcomes) {
                assertThat(outcome.get(60, TimeUnit.SECONDS)).isInstanceOf(BadCredentialsException.class);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomesFor(username)).hasSize(nodes).containsOnly(LoginOutcome.BAD_CREDENTIALS);
        assertThatThrownBy(() -> attempt(username, PASSWORD, address))
                .as("locked after %d failures, wherever they arrived", nodes)
                .isInstanceOf(LockedException.class);
    }

    @Test
    void one_address_gets_a_limited_number_of_failures_an_hour() {
        String sprayer = "192.0.2." + counter.incrementAndGet();
        int limit = settings.maxFailuresPerAddressPerHour();
        for (int i = 0; i < limit; i++) {
            // a different username each time, as in password spraying
            String target = "spray" + counter.get() + "x" + i;
            assertThatThrownBy(() -> attempt(target, "Summer2026!", sprayer))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> attempt(username, PASSWORD, sprayer))
                .isInstanceOf(LockedException.class)
                .hasMessageContaining("from your network");
        // another address is unaffected
        assertThat(attempt(username, PASSWORD, address).isAuthenticated()).isTrue();

        clock.advance(Duration.ofMinutes(61));
        assertThat(attempt(username, PASSWORD, sprayer).isAuthenticated()).isTrue();
    }

    @Test
    void a_disabled_user_cannot_sign_in_and_the_attempt_is_recorded() {
        SystemTask.runAsSystem(() -> users.setEnabled(user.id(), false));

        assertThatThrownBy(() -> attempt(username, PASSWORD, address))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
        assertThat(outcomesFor(username)).containsExactly(LoginOutcome.DISABLED);
    }

    private void lockOut() {
        for (int i = 0; i < settings.maxFailures(); i++) {
            assertThatThrownBy(() -> attempt(username, "not the password", address));
        }
    }

    private Authentication attempt(String name, String password, String remoteAddress) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        token.setDetails(new WebAuthenticationDetails(remoteAddress, null));
        return signIn.authenticate(token);
    }

    private java.util.List<LoginOutcome> outcomesFor(String name) {
        return attempts.findByUsernameOrderByAttemptedAtDescIdDesc(name, PageRequest.of(0, 50)).stream()
                .map(LoginAttempt::outcome)
                .toList();
    }
}

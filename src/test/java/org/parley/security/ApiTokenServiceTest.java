package org.parley.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.shared.Classification;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.parley.shared.SecretTokens;
import org.springframework.beans.factory.annotation.Autowired;

@ParleyTest
class ApiTokenServiceTest {

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ApiTokenAuthenticator authenticator;

    @Autowired
    ApiTokenRepository repository;

    @Autowired
    UserService users;

    @Autowired
    TestUsers as;

    private static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS);
    }

    @Test
    void a_token_carries_256_random_bits_behind_a_prefix_and_only_its_hash_is_stored() {
        NewApiToken created = as.as("planner", () -> tokens.create("travel office", inDays(30), ApiAccess.READ_WRITE));

        assertThat(created.token()).startsWith("pky_");
        assertThat(Base64.getUrlDecoder().decode(created.token().substring(4))).hasSize(32);
        assertThat(repository.findByHash(SecretTokens.sha256(created.token()))).isPresent();
        assertThat(created.toString()).doesNotContain(created.token());
        assertThat(as.as("planner", () -> tokens.mine()))
                .anyMatch(t -> t.id().equals(created.summary().id())
                        && t.access() == ApiAccess.READ_WRITE
                        && t.name().equals("travel office"));
    }

    @Test
    void a_valid_token_authenticates_its_owner_with_current_roles_and_clearance() {
        NewApiToken created = as.as("approver", () -> tokens.create("script", inDays(5), ApiAccess.READ_ONLY));

        var authenticated = authenticator.authenticate(created.token()).orElseThrow();

        assertThat(authenticated.user().getUsername()).isEqualTo("approver");
        assertThat(authenticated.user().roles()).containsExactly(Role.APPROVER);
        assertThat(authenticated.access()).isEqualTo(ApiAccess.READ_ONLY);
        assertThat(repository
                        .findByHash(SecretTokens.sha256(created.token()))
                        .orElseThrow()
                        .lastUsedAt())
                .isNotNull();
    }

    @Test
    void revoked_unknown_and_disabled_owners_tokens_authenticate_nobody() {
        NewApiToken revoked = as.as("viewer", () -> tokens.create("old", inDays(5), ApiAccess.READ_ONLY));
        as.as("viewer", () -> tokens.revoke(revoked.summary().id()));
        assertThat(authenticator.authenticate(revoked.token())).isEmpty();
        assertThat(authenticator.authenticate("pky_" + "A".repeat(43))).isEmpty();
        assertThat(authenticator.authenticate("not a token")).isEmpty();

        UserSummary leaver = as.as(
                "admin",
                () -> users.create(new NewUser(
                        "leaver" + System.nanoTime(),
                        "Leaver",
                        null,
                        EnumSet.of(Role.VIEWER),
                        Classification.UNCLASSIFIED,
                        java.time.ZoneId.of("UTC"),
                        "en",
                        org.parley.TestSetup.PASSWORD)));
        NewApiToken leaversToken = as.as(leaver.username(), () -> tokens.create("x", inDays(5), ApiAccess.READ_ONLY));
        assertThat(authenticator.authenticate(leaversToken.token())).isPresent();
        as.as("admin", () -> users.setEnabled(leaver.id(), false));
        assertThat(authenticator.authenticate(leaversToken.token())).isEmpty();
    }

    @Test
    void someone_elses_token_cannot_be_revoked_but_an_administrator_may() {
        NewApiToken plannersToken = as.as("planner", () -> tokens.create("mine", inDays(5), ApiAccess.READ_ONLY));

        assertThatThrownBy(() -> as.as(
                        "approver", () -> tokens.revoke(plannersToken.summary().id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as.as("admin", () -> tokens.revoke(plannersToken.summary().id()))
                        .revoked())
                .isTrue();
    }

    @Test
    void expiry_must_be_in_the_future_and_within_the_maximum_lifetime_and_a_name_is_needed() {
        assertThatThrownBy(() -> as.as("planner", () -> tokens.create("x", inDays(-1), ApiAccess.READ_ONLY)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("future");
        assertThatThrownBy(() -> as.as("planner", () -> tokens.create("x", inDays(400), ApiAccess.READ_ONLY)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("at most 365 days");
        assertThatThrownBy(() -> as.as("planner", () -> tokens.create(" ", inDays(4), ApiAccess.READ_ONLY)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("name");
    }
}

package org.parley.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.ParleyTest;
import org.parley.shared.Classification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A change to a user made on another node reaches the sessions this node holds: the other node writes the database
 * (here: SQL, as that node's UserService would commit it), and this node's sessions of that user end within
 * {@code parley.security.session-recheck} (2 s) without anything being said to this node.
 */
@ParleyTest
class SessionsAcrossNodesTest {

    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    UserService users;

    @Autowired
    ParleyUserDetailsService userDetails;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    SecuritySettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WebApplicationContext context;

    @Test
    void a_user_disabled_or_given_other_roles_on_another_node_is_signed_out_here_and_nobody_else_is() throws Exception {
        String disabled = newUser("disabled");
        String moved = newUser("moved");
        String untouched = newUser("untouched");
        MockHttpSession disabledSession = signedIn(disabled);
        MockHttpSession movedSession = signedIn(moved);
        MockHttpSession untouchedSession = signedIn(untouched);
        // this node has looked at all three sessions and keeps what it read for the recheck interval
        assertThat(expired(disabledSession)).isFalse();
        assertThat(expired(movedSession)).isFalse();
        assertThat(expired(untouchedSession)).isFalse();

        jdbc.update(
                "update app_user set enabled = false, security_version = security_version + 1 where username = ?",
                disabled);
        jdbc.update("update app_user set security_version = security_version + 1 where username = ?", moved);
        Thread.sleep(settings.sessionRecheck().plusMillis(500).toMillis());

        assertThat(expired(disabledSession)).as("disabled on another node").isTrue();
        assertThat(expired(movedSession)).as("roles changed on another node").isTrue();
        assertThat(expired(untouchedSession)).as("a user nobody changed").isFalse();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        var answer = mvc.perform(MockMvcRequestBuilders.get("/meetings").session(disabledSession))
                .andReturn()
                .getResponse();
        assertThat(answer.getStatus()).isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).isEqualTo("/login?expired");
        // a click in the open page: Vaadin's client is told where to go, in the form it reads
        var click = mvc.perform(MockMvcRequestBuilders.post("/")
                        .param("v-r", "uidl")
                        .param("v-uiId", "0")
                        .session(movedSession))
                .andReturn()
                .getResponse();
        assertThat(click.getStatus()).isEqualTo(200);
        assertThat(click.getContentType()).startsWith("application/json");
        assertThat(click.getContentAsString()).contains("\"appError\"", "\"url\":\"/login?expired\"");
    }

    @Test
    void every_change_that_ends_sessions_raises_the_security_version_other_nodes_compare() {
        UserSummary user = SystemTask.runAsSystem(() -> users.create(newUserData("versioned")));
        long created = version(user);

        SystemTask.runAsSystem(() -> users.update(
                user.id(),
                new UserChanges("Renamed", null, user.roles(), user.clearance(), ZoneId.of("Asia/Riyadh"), "en")));
        assertThat(version(user)).as("a new name or time zone keeps sessions").isEqualTo(created);

        SystemTask.runAsSystem(() -> users.update(
                user.id(),
                new UserChanges(
                        "Renamed", null, EnumSet.of(Role.APPROVER), user.clearance(), ZoneId.of("Asia/Riyadh"), "en")));
        assertThat(version(user)).as("roles").isEqualTo(created + 1);

        SystemTask.runAsSystem(() -> users.update(
                user.id(),
                new UserChanges(
                        "Renamed",
                        null,
                        EnumSet.of(Role.APPROVER),
                        Classification.SECRET,
                        ZoneId.of("Asia/Riyadh"),
                        "en")));
        assertThat(version(user)).as("clearance").isEqualTo(created + 2);

        SystemTask.runAsSystem(() -> users.resetPassword(user.id(), "another long and unusual pass phrase"));
        assertThat(version(user)).as("password reset").isEqualTo(created + 3);

        SystemTask.runAsSystem(() -> users.setEnabled(user.id(), false));
        assertThat(accounts.securityVersionOf(user.id().value())).as("disabled").contains(-1L);

        SystemTask.runAsSystem(() -> users.setEnabled(user.id(), true));
        assertThat(version(user))
                .as("enabled again: the sessions from before stay ended")
                .isEqualTo(created + 4);
    }

    private long version(UserSummary user) {
        return accounts.securityVersionOf(user.id().value()).orElseThrow();
    }

    private String newUser(String prefix) {
        return SystemTask.runAsSystem(() -> users.create(newUserData(prefix))).username();
    }

    private static NewUser newUserData(String prefix) {
        return new NewUser(
                prefix + counter.incrementAndGet(),
                "Test " + prefix,
                null,
                EnumSet.of(Role.PLANNER),
                Classification.RESTRICTED,
                ZoneId.of("Europe/Moscow"),
                "en",
                "a long and unusual pass phrase");
    }

    /** A session signed in on this node, as the sign-in form leaves it: registered, with its security context. */
    private MockHttpSession signedIn(String username) {
        var principal = (SignedInUser) userDetails.loadUserByUsername(username);
        var session = new MockHttpSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, principal.getAuthorities())));
        sessionRegistry.registerNewSession(session.getId(), principal);
        return session;
    }

    /** What Spring Security's session filter asks for every request of the session. */
    private boolean expired(MockHttpSession session) {
        return sessionRegistry.getSessionInformation(session.getId()).isExpired();
    }
}

package org.parley.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ParleyTest;
import org.parley.TestSetup;
import org.parley.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Login forgery: a form on another site that posts a username and password to /login must not sign the visitor's
 * browser in (as an account the other site chose). Only the sign-in page's own form, which carries the CSRF token,
 * signs in; in Chromium that is checked by SignInE2ETest.
 */
@ParleyTest
class SignInForgeryTest {

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void client() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    private MvcResult signIn(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.param("username", "viewer").param("password", TestSetup.PASSWORD))
                .andReturn();
    }

    private static boolean signedIn(MvcResult result) {
        HttpSession session = result.getRequest().getSession(false);
        return session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context
                && context.getAuthentication() != null
                && context.getAuthentication().isAuthenticated();
    }

    @Test
    void a_sign_in_posted_from_another_site_without_the_forms_token_signs_nobody_in() throws Exception {
        var forgeries = List.of(
                Map.<String, String>of(),
                Map.of("Origin", "https://elsewhere.example"),
                Map.of("Origin", "null"),
                Map.of("Referer", "https://elsewhere.example/form.html"),
                Map.of("Origin", "http://localhost", "Sec-Fetch-Site", "same-origin"));

        for (Map<String, String> headers : forgeries) {
            var request = post("/login").contentType("application/x-www-form-urlencoded");
            headers.forEach(request::header);
            MvcResult result = signIn(request);

            MockHttpServletResponse response = result.getResponse();
            assertThat(response.getStatus()).as(headers.toString()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(headers.toString()).endsWith("/login?" + LoginView.STALE_FORM);
            assertThat(signedIn(result)).as(headers.toString()).isFalse();
        }
    }

    @Test
    void a_token_that_is_not_the_sessions_is_refused_too() throws Exception {
        MvcResult result = signIn(post("/login").param("_csrf", "a-token-from-somewhere-else"));

        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login?" + LoginView.STALE_FORM);
        assertThat(signedIn(result)).isFalse();
    }

    @Test
    void the_sign_in_form_with_its_token_signs_in() throws Exception {
        MvcResult result = signIn(post("/login").with(csrf()));

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("login");
        assertThat(signedIn(result)).isTrue();
    }
}

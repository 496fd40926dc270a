package org.parley.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.parley.security.ui.LoginView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/** HTTP security for the Vaadin UI: sign-in page, sessions, headers; and method security for the services. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
// JSR-250 stays off: @RolesAllowed on views is for Vaadin's view access check, and Spring must not proxy views for it
@EnableMethodSecurity
@EnableConfigurationProperties(SecuritySettings.class)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /**
     * Works with Vaadin's pre-built bundle: its bootstrap page uses inline scripts and styles, and Lumo loads fonts
     * and images as data URIs. Checked in the browser by the end-to-end tests (no CSP errors on the console).
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain uiSecurity(HttpSecurity http, SessionRegistry sessionRegistry, RequestUtil requestUtil)
            throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(frame -> frame.deny())
                // Vaadin writes its bootstrap page in a way that skips headers added on commit; write them first
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // maximumSessions(-1) allows any number of sessions but registers them, so that disabling a user or
        // changing their roles can end every session they have open, on every node (ClusterSessionRegistry).
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(new SessionExpiry(requestUtil)));
        // the app's icons: browsers fetch them for the sign-in page too (favicon.ico Vaadin opens already)
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/icons/**").permitAll());
        // the Atom feed of released readouts is public, for newsrooms (docs/0029-readouts.md); the public Readouts
        // pages are views marked @AnonymousAllowed, which Vaadin opens itself. Nothing else is open.
        http.authorizeHttpRequests(requests ->
                requests.requestMatchers(HttpMethod.GET, "/readouts.atom").permitAll());
        // Vaadin exempts the sign-in form from CSRF protection, so another site could sign a browser in as an account
        // of its choosing; here only Vaadin's own requests are exempt (they carry Vaadin's token), and the form sends
        // Spring's token, which the page carries in its _csrf meta tags. A stale form gets a fresh one.
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(SecurityConfiguration::refuseWithoutToken);
                        return filter;
                    }
                }));
        return http.build();
    }

    /** A sign-in without a valid token starts over on a fresh form; anything else without one is forbidden. */
    private static void refuseWithoutToken(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        if ("POST".equals(request.getMethod()) && request.getRequestURI().equals(request.getContextPath() + "/login")) {
            response.sendRedirect(request.getContextPath() + "/login?" + LoginView.STALE_FORM);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    @Bean
    SessionRegistry sessionRegistry(SecurityVersions versions) {
        return new ClusterSessionRegistry(versions);
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Argon2id at OWASP's minimum (19 MiB, 2 iterations, 1 lane), behind a delegating encoder so it can evolve. */
    @Bean
    PasswordEncoder passwordEncoder() {
        String current = "argon2";
        var encoders = Map.<String, PasswordEncoder>of(current, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2));
        return new DelegatingPasswordEncoder(current, encoders);
    }

    @Bean
    ThrottlingAuthenticationProvider authenticationProvider(
            ParleyUserDetailsService userDetails, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        var passwordCheck = new DaoAuthenticationProvider(userDetails);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        return new ThrottlingAuthenticationProvider(passwordCheck, throttle);
    }
}

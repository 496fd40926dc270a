package org.parley.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * HTTP security for {@code /api/**} (docs/0011-http-api.md): personal API tokens instead of sessions, hence no CSRF;
 * problem details for 401 and 403. It is ordered before the Vaadin chain, which therefore never sees these paths.
 * The OpenAPI description and its browsable page are public: they describe the API, not Parley's data.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiSettings.class)
class ApiSecurityConfiguration {

    /** springdoc serves the page's files under the docs path's parent: /api/v1/swagger-ui/**. */
    static final String[] PUBLIC_PATHS = {
        "/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/docs", "/api/v1/swagger-ui/**"
    };

    /** The browsable page (Swagger UI) needs its own scripts and styles; JSON answers need nothing at all. */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenAuthenticator authenticator, ApiSettings settings)
            throws Exception {
        TokenChains.stateless(http.securityMatcher("/api/**"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny()))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint((request, response, e) -> ApiProblems.unauthorized(
                                        response, "Send a personal API token as 'Authorization: Bearer …'."))
                                .accessDeniedHandler((request, response, e) ->
                                        ApiProblems.write(response, 403, "Forbidden", "Your roles do not allow this.")))
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(
                        new ApiTokenFilter(
                                authenticator, settings.maxRequestSize().toBytes()),
                        AuthorizationFilter.class);
        return http.build();
    }
}

package org.parley.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.web.servlet.ApplicationContextRequestMatcher;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.context.WebApplicationContext;

/**
 * HTTP security for operations (docs/0014-operations.md): everything on the management port (health, info,
 * Prometheus; bound to 127.0.0.1 unless the operator says otherwise), and the balancer's health checks
 * {@code /livez} and {@code /readyz} on the application port. Open without sign-in, no session, no cookie, no
 * redirect to the sign-in page: they answer a status and figures, never Parley's data. Ordered before every other
 * chain, which would otherwise send these requests to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain managementSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(
                        new ManagementServer(),
                        EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, HealthEndpoint.class)))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    /** Every request the management server (its own port and child context) handles, whatever its path. */
    static final class ManagementServer extends ApplicationContextRequestMatcher<ApplicationContext> {

        ManagementServer() {
            super(ApplicationContext.class);
        }

        @Override
        protected boolean ignoreApplicationContext(WebApplicationContext context) {
            return !hasServerNamespace(context, WebServerNamespace.MANAGEMENT.getValue());
        }

        @Override
        protected boolean matches(HttpServletRequest request, Supplier<ApplicationContext> context) {
            return true;
        }
    }
}

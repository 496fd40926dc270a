package org.parley.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;

/**
 * What every filter chain authenticated by a token in the request has in common (the API's, the calendar feeds'):
 * no session and no cookie, no request cache, no CSRF (no cookie authenticates), no sign-in form, basic login,
 * logout or anonymous user. Each chain adds its own token filter, headers and refusals.
 */
public final class TokenChains {

    private TokenChains() {}

    public static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable());
    }
}

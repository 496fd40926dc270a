package org.parley.calendar.feed;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.parley.security.TokenChains;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The feeds' own filter chain for everything under {@code /calendar/feeds/}, ordered after the API's (1) and before
 * the UI's, so that Vaadin never sees these requests: the token authenticates the request as the feed's owner
 * ({@link FeedTokenFilter}), like an API token; no session, no cookie, no request cache, no CSRF (reads only). What is
 * not a feed with a valid token is the same plain 404, with headers that let nothing run or frame it.
 */
@Configuration(proxyBeanMethods = false)
class FeedSecurityConfiguration {

    /** A feed is data, never a page: nothing in it may run, load or be framed. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; " + "form-action 'none'";

    static final byte[] NOT_FOUND = "No calendar feed here.\n".getBytes(StandardCharsets.UTF_8);

    @Bean
    @Order(2)
    SecurityFilterChain calendarFeedSecurity(HttpSecurity http, FeedAuthenticator authenticator) throws Exception {
        TokenChains.stateless(http.securityMatcher(FeedTokenFilter.PREFIX + "**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        // the controller says how a feed may be cached; the 404 says it itself
                        .cacheControl(cache -> cache.disable()))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint((request, response, e) -> notFound(response))
                                .accessDeniedHandler((request, response, e) -> notFound(response)))
                .addFilterBefore(new FeedTokenFilter(authenticator), AuthorizationFilter.class);
        return http.build();
    }

    /** The one answer for every refusal, so that a caller learns nothing about which case it is. */
    static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setContentLength(NOT_FOUND.length);
        response.getOutputStream().write(NOT_FOUND);
    }
}

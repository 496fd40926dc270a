package org.parley.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer pky_…} on the API chain. No header: the request goes on unauthenticated
 * and the chain answers 401 where a token is needed. A header that is not a valid token: 401 at once. A read-only
 * token on anything but a read: 403. Also refuses bodies above the configured size with 413 before they are read,
 * and chunked bodies (whose size is unknown until read) with 411.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiTokenAuthenticator authenticator;
    private final long maxRequestBytes;

    ApiTokenFilter(ApiTokenAuthenticator authenticator, long maxRequestBytes) {
        this.authenticator = authenticator;
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxRequestBytes) {
            ApiProblems.write(
                    response,
                    413,
                    "Request body too large",
                    "The API accepts request bodies of at most " + maxRequestBytes + " bytes.");
            return;
        }
        // a body without a declared length could exceed the limit unseen: the API asks for Content-Length instead
        String transferEncoding = request.getHeader("Transfer-Encoding");
        if (transferEncoding != null
                && transferEncoding.toLowerCase(java.util.Locale.ROOT).contains("chunked")) {
            ApiProblems.write(
                    response,
                    411,
                    "Length required",
                    "Send the request body with a Content-Length header, not chunked.");
            return;
        }
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ApiProblems.unauthorized(response, "Send a personal API token as 'Authorization: Bearer …'.");
            return;
        }
        var authenticated = authenticator.authenticate(header.substring(7).strip());
        if (authenticated.isEmpty()) {
            ApiProblems.unauthorized(
                    response, "The API token is unknown, expired or revoked, or its owner is disabled.");
            return;
        }
        if (authenticated.get().access() == ApiAccess.READ_ONLY && !READS.contains(request.getMethod())) {
            ApiProblems.write(response, 403, "Forbidden", "This API token is read-only.");
            return;
        }
        SignedInUser user = authenticated.get().user();
        // looked up per request: Vaadin installs its own strategy after this filter is built
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}

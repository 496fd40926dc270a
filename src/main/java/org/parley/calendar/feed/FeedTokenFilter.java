package org.parley.calendar.feed;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code GET /calendar/feeds/<token>.ics} (and HEAD) in the feed chain by its token. Anything else under
 * {@code /calendar/feeds/} — another method, a deeper path, a bad or unknown token — stays unauthenticated, and the
 * chain answers it with the one 404.
 */
class FeedTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "/calendar/feeds/";
    private static final String SUFFIX = ".ics";

    private final FeedAuthenticator authenticator;

    FeedTokenFilter(FeedAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<FeedAuthentication> feed = tokenOf(request).flatMap(authenticator::authenticate);
        if (feed.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        // looked up per request: Vaadin installs its own strategy after this filter is built
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        var context = contexts.createEmptyContext();
        context.setAuthentication(feed.get());
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    static Optional<String> tokenOf(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return Optional.empty();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PREFIX) || !path.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        String token = path.substring(PREFIX.length(), path.length() - SUFFIX.length());
        return token.isEmpty() || token.contains("/") ? Optional.empty() : Optional.of(token);
    }
}

package org.parley.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Problem details (RFC 9457) written by the API's security filters, before Spring MVC is reached. The texts are
 * fixed strings of ours, so they are written without a JSON library.
 */
final class ApiProblems {

    static final String MEDIA_TYPE = "application/problem+json";

    private ApiProblems() {}

    static void unauthorized(HttpServletResponse response, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"parley\"");
        write(response, 401, "Unauthorized", detail);
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(status, title, detail));
    }

    static String json(int status, String title, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                + detail.replace("\"", "'") + "\"}";
    }

    /** Whether the request's path (as sent, still encoded) is under /api. */
    static boolean isApiPath(@Nullable String requestUri) {
        return requestUri != null && requestUri.matches("/api(?:[/;%].*)?");
    }
}

package org.parley.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests under /api that reach no endpoint answer with a problem detail, like everything else there: a path that
 * exists but not for this method 405 (with Allow), a body type the endpoint does not read 415, an Accept it cannot
 * answer 406, and a path that does not exist at all 404 (instead of falling through to the Vaadin UI). Spring MVC
 * tells the first three apart while it looks for the endpoint, before any controller (and so {@link ApiErrors}) is
 * involved; the last is a handler mapping of its own, consulted after every endpoint. docs/0016-clean-edges.md.
 */
@Configuration(proxyBeanMethods = false)
class UnmatchedApiRequests {

    /** springdoc serves the browsable page's files from here, through Spring's resource handling. */
    private static final String SWAGGER_UI = "/api/v1/swagger-ui/";

    @Bean
    HandlerMapping unknownApiPaths(JsonMapper json) {
        return new UnknownPaths(json);
    }

    /**
     * Consulted after every endpoint mapping, just before Spring's static resources and Vaadin's catch-all route
     * (both {@code LOWEST_PRECEDENCE - 1}): what reaches it under /api exists nowhere.
     */
    static final class UnknownPaths extends AbstractHandlerMapping {

        private final JsonMapper json;

        UnknownPaths(JsonMapper json) {
            this.json = json;
            setOrder(Ordered.LOWEST_PRECEDENCE - 2);
        }

        @Override
        protected @Nullable Object getHandlerInternal(HttpServletRequest request) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            boolean unknown = isApi(path) && !path.startsWith(SWAGGER_UI);
            return unknown ? (HttpRequestHandler) this::notFound : null;
        }

        private void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
            write(
                    response,
                    ApiErrors.problemDetail(HttpStatus.NOT_FOUND, "Not found", ApiErrors.NOT_FOUND, request),
                    json);
        }
    }

    @Bean
    HandlerExceptionResolver unmatchedApiRequestResolver(JsonMapper json) {
        return new Resolver(json);
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    /** Before Spring's own resolvers, which would answer these with an empty error page. */
    static final class Resolver implements HandlerExceptionResolver, Ordered {

        private final JsonMapper json;

        Resolver(JsonMapper json) {
            this.json = json;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 10;
        }

        @Override
        public @Nullable ModelAndView resolveException(
                HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception e) {
            if (handler != null
                    || !isApi(request.getRequestURI()
                            .substring(request.getContextPath().length()))) {
                return null; // an endpoint's own failures are ApiErrors'; other paths are not the API's
            }
            ProblemDetail problem;
            switch (e) {
                case HttpRequestMethodNotSupportedException method -> {
                    problem = problem(
                            HttpStatus.METHOD_NOT_ALLOWED,
                            "Method not allowed",
                            "This address does not " + "take " + method.getMethod() + "; see the Allow header.",
                            request);
                    if (method.getSupportedHttpMethods() != null) {
                        response.setHeader(
                                HttpHeaders.ALLOW,
                                method.getSupportedHttpMethods().stream()
                                        .map(Object::toString)
                                        .collect(Collectors.joining(", ")));
                    }
                }
                case HttpMediaTypeNotSupportedException type -> {
                    problem = problem(
                            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                            "Unsupported media type",
                            "Send the body as " + types(type.getSupportedMediaTypes()) + ".",
                            request);
                    response.setHeader(HttpHeaders.ACCEPT, types(type.getSupportedMediaTypes()));
                }
                case HttpMediaTypeNotAcceptableException type ->
                    problem = problem(
                            HttpStatus.NOT_ACCEPTABLE,
                            "Not acceptable",
                            "This address answers in " + types(type.getSupportedMediaTypes())
                                    + "; say so in Accept, or leave Accept out.",
                            request);
                default -> {
                    return null;
                }
            }
            try {
                write(response, problem, json);
            } catch (IOException writeFailed) {
                return null;
            }
            return new ModelAndView();
        }

        private static ProblemDetail problem(
                HttpStatus status, String title, String detail, HttpServletRequest request) {
            return ApiErrors.problemDetail(status, title, detail, request);
        }

        private static String types(List<MediaType> types) {
            return types.isEmpty()
                    ? "application/json"
                    : types.stream().map(MediaType::toString).collect(Collectors.joining(", "));
        }
    }
}

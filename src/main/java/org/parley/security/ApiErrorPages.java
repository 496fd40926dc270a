package org.parley.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every answer under /api is a problem detail, also when no endpoint and no security chain had a say: a request
 * Spring Security's firewall refuses ({@code ..}, {@code ;}, {@code //}, an encoded slash), an error Tomcat sends
 * before Parley sees the request (a TRACE, an address or header it cannot parse, a header too large), and every other
 * error page. Elsewhere the usual pages stay (docs/0016-clean-edges.md).
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorPages {

    /** The firewall's refusals: at once, before any chain, so never the UI chain's redirect to the sign-in page. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        var usual = new HttpStatusRequestRejectedHandler();
        return (request, response, rejected) -> {
            if (ApiProblems.isApiPath(request.getRequestURI())) {
                ApiProblems.write(
                        response,
                        400,
                        "Malformed request",
                        "The address holds something Parley refuses, "
                                + "such as an encoded slash, '..', '//' or ';'.");
            } else {
                usual.handle(request, response, rejected);
            }
        };
    }

    /**
     * Error pages of /api requests (Tomcat's 405 for TRACE, any sendError) are written here, ahead of Spring
     * Security, which would otherwise send the error dispatch through the UI's chain to the sign-in page.
     */
    @Bean
    FilterRegistrationBean<ErrorDispatches> apiErrorDispatches() {
        var registration = new FilterRegistrationBean<>(new ErrorDispatches());
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** What Tomcat refuses before any filter runs: its own report, as a problem detail for /api. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReports() {
        return factory -> factory.addContextCustomizers(
                context -> context.getParent().getPipeline().addValve(new ProblemReportValve()));
    }

    static final class ErrorDispatches extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (request.getDispatcherType() != DispatcherType.ERROR
                    || !(uri instanceof String path)
                    || !ApiProblems.isApiPath(path)
                    || response.isCommitted()) {
                chain.doFilter(request, response);
                return;
            }
            int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                    ? code
                    : response.getStatus();
            ApiProblems.write(response, status, title(status), detail(status));
        }
    }

    /** Tomcat's error report, except for /api, where it is a problem detail; shows no server details either way. */
    static final class ProblemReportValve extends ErrorReportValve {

        ProblemReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !ApiProblems.isApiPath(request.getRequestURI())) {
                super.report(request, response, throwable);
                return;
            }
            if (!response.setErrorReported()) {
                return;
            }
            try {
                response.setContentType(ApiProblems.MEDIA_TYPE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(ApiProblems.json(status, title(status), detail(status)));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response already taken; nothing more can be said
            }
        }
    }

    static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: check the address, its encoding and the headers.";
            case 404 -> "There is no such thing, or it is above your clearance.";
            case 405 -> "This address does not take that method.";
            case 413, 431 -> "The request or one of its headers is too large.";
            default -> status >= 500 ? "Something went wrong and nothing was saved." : "The request was refused.";
        };
    }
}

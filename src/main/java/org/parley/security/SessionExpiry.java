package org.parley.security;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.JsonConstants;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * Sends a browser whose session was ended (user disabled, access changed, on this node or another) to
 * {@code /login?expired}, which says why. A page load gets a redirect; a request of Vaadin's client (a click, a
 * value sent) gets the answer that client follows, a critical notification naming the address: a redirect would hand
 * it the sign-in page as HTML where it expects JSON, and the page would hang.
 */
final class SessionExpiry implements SessionInformationExpiredStrategy {

    static final String EXPIRED_URL = "/login?expired";

    private final RequestUtil requests;

    SessionExpiry(RequestUtil requests) {
        this.requests = requests;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        String target = request.getContextPath() + EXPIRED_URL;
        if (requests.isFrameworkInternalRequest(request)) {
            response.setContentType(JsonConstants.JSON_CONTENT_TYPE);
            response.getWriter().write(VaadinService.createCriticalNotificationJSON(null, null, null, target));
        } else {
            response.sendRedirect(target);
        }
    }
}

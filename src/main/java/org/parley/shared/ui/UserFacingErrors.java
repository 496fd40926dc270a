package org.parley.shared.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.component.UI;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions that escape a click handler into a message the user can act on, instead of Vaadin's generic
 * "internal error". Anything unexpected is logged with its stack trace and shown without details.
 */
@Component
class UserFacingErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UserFacingErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static String messageFor(Throwable error) {
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof RuleViolationException || cause instanceof NotFoundException) {
                return cause.getMessage();
            }
            if (cause instanceof AccessDeniedException) {
                return "You are not allowed to do that.";
            }
            if (cause instanceof ConstraintViolationException violations) {
                return violations.getConstraintViolations().stream().map(v -> v.getMessage())
                        .sorted().collect(Collectors.joining("; "));
            }
            if (cause instanceof ObjectOptimisticLockingFailureException) {
                return "Someone else changed this in the meantime. Reload the page to see their changes.";
            }
            cause = cause.getCause();
        }
        return null;
    }

    private static final class Handler implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            String message = messageFor(event.getThrowable());
            if (message == null) {
                log.error("Unexpected error in the UI", event.getThrowable());
                message = "Something went wrong and nothing was saved. Please try again; if it happens again, "
                        + "tell your administrator the time it happened.";
            }
            String shown = message;
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notifications.error(shown));
            }
        }
    }
}

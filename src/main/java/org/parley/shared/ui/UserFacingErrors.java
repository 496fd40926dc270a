package org.parley.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.shared.Messages;
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

    /** What the user reads about {@code error}, in {@code locale}; nothing for an error nobody foresaw. */
    static @Nullable String messageFor(Throwable error, Locale locale) {
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof RuleViolationException rule) {
                return rule.messageIn(locale);
            }
            if (cause instanceof NotFoundException) {
                return Messages.get(locale, "shared.error.notFound");
            }
            if (cause instanceof AccessDeniedException) {
                return Messages.get(locale, "shared.error.notAllowed");
            }
            if (cause instanceof ConstraintViolationException violations) {
                return violations.getConstraintViolations().stream()
                        .map(v -> v.getMessage())
                        .sorted()
                        .collect(Collectors.joining("; "));
            }
            if (cause instanceof ObjectOptimisticLockingFailureException) {
                return Messages.get(locale, "shared.error.changedMeanwhile");
            }
            cause = cause.getCause();
        }
        return null;
    }

    private static final class Handler implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            UI ui = UI.getCurrent();
            Locale locale = ui == null ? Messages.current() : ui.getLocale();
            String message = messageFor(event.getThrowable(), locale);
            if (message == null) {
                log.error("Unexpected error in the UI", event.getThrowable());
                message = Messages.get(locale, "shared.error.unexpected");
            }
            String shown = message;
            if (ui != null) {
                ui.access(() -> Notifications.error(shown));
            }
        }
    }
}

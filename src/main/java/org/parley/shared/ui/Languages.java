package org.parley.shared.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.io.Serializable;
import java.util.Collections;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.shared.HasLanguage;
import org.parley.shared.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Speaks each user's language (docs/0021): the signed-in user's choice from the profile, before sign-in the browser's
 * {@code Accept-Language}, else English. The choice is kept in the HTTP session, applied to every new UI (locale and
 * writing direction) and put into Spring's {@link LocaleContextHolder} for each request, so that services, Bean
 * Validation and {@link Messages#current()} answer in the same language as the page.
 */
@Component
public class Languages implements VaadinServiceInitListener {

    /** The HTTP session attribute holding the chosen language; set at sign-in and by the profile's chooser. */
    static final String SESSION_LANGUAGE = Languages.class.getName() + ".language";

    /**
     * A language chosen in this session, and by whom ("" before sign-in): a choice made on the sign-in page does not
     * outlast the sign-in, after which the user's own (from the profile) applies.
     */
    record Choice(String owner, Locale language) implements Serializable {}

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), languageOfThisSession()));
        event.addVaadinRequestInterceptor(new RequestLanguage());
    }

    /** Switches the current session to {@code language} at once: every open page's texts, locale and direction. */
    public static void switchTo(Locale language) {
        Locale chosen = Messages.supported(language);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.getSession().setAttribute(SESSION_LANGUAGE, new Choice(signedInName(), chosen));
            session.setLocale(chosen);
            session.getUIs().forEach(ui -> apply(ui, chosen));
        }
        LocaleContextHolder.setLocale(chosen);
    }

    /** The language of the page being built: the current UI's, else the request's. */
    public static Locale current() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Messages.current();
    }

    static void apply(UI ui, Locale language) {
        ui.setLocale(language);
        ui.setDirection(Messages.rightToLeft(language) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        // screen readers pick their voice by the page's language; the tag goes as a parameter, never as script text
        ui.getPage().executeJs("document.documentElement.lang = $0", language.toLanguageTag());
    }

    private static Locale languageOfThisSession() {
        VaadinSession session = VaadinSession.getCurrent();
        return languageOf(session == null ? null : session.getSession(), VaadinRequest.getCurrent());
    }

    /** The session's choice, else the signed-in user's language (kept as the session's choice), else the browser's. */
    private static Locale languageOf(@Nullable WrappedSession http, @Nullable VaadinRequest request) {
        Locale chosen = choiceIn(http);
        if (chosen != null) {
            return chosen;
        }
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof HasLanguage user) {
            if (http != null) {
                http.setAttribute(SESSION_LANGUAGE, new Choice(signedIn.getName(), user.language()));
            }
            return user.language();
        }
        return browserLanguage(request);
    }

    /** The language chosen in this session by whoever is signed in now (or by the visitor before sign-in). */
    private static @Nullable Locale choiceIn(@Nullable WrappedSession http) {
        if (http != null
                && http.getAttribute(SESSION_LANGUAGE) instanceof Choice choice
                && choice.owner().equals(signedInName())) {
            return choice.language();
        }
        return null;
    }

    private static String signedInName() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getPrincipal() instanceof HasLanguage ? signedIn.getName() : "";
    }

    /** The first of the browser's languages that Parley speaks, in the browser's order; English if none. */
    static Locale browserLanguage(@Nullable VaadinRequest request) {
        if (request == null) {
            return Locale.ENGLISH;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            Locale supported = Messages.supported(wanted);
            if (supported.getLanguage().equals(wanted.getLanguage())) {
                return supported;
            }
        }
        return Locale.ENGLISH;
    }

    /** Puts the session's language into Spring's locale context for the length of each Vaadin request. */
    private static final class RequestLanguage implements VaadinRequestInterceptor {
        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
            LocaleContextHolder.setLocale(languageOf(request.getWrappedSession(false), request));
        }

        @Override
        public void handleException(
                VaadinRequest request, VaadinResponse response, VaadinSession session, Exception exception) {
            // the error handler answers in the request's language; nothing to add here
        }

        @Override
        public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
            // Spring's RequestContextFilter restores the locale context when the request ends
        }
    }
}

package org.parley.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

/** The sign-in page. Spring Security processes the form; this view only shows it and explains failures. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Parley")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    /** The query parameter of a sign-in refused for a missing or outdated CSRF token. */
    public static final String STALE_FORM = "stale";

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final transient AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("parley-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var title = new H1("Parley");
        var subtitle = new Paragraph("Plan, approve and coordinate diplomatic meetings");
        subtitle.addClassName("parley-login-subtitle");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        notice.addClassName("parley-login-notice");
        notice.setVisible(false);
        var card = new Div(title, subtitle, notice, form);
        card.addClassName("parley-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            LoginI18n i18n = LoginI18n.createDefault();
            LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
            AuthenticationException cause = lastAuthenticationFailure();
            if (cause instanceof LockedException) {
                error.setTitle("Sign-in paused");
                error.setMessage(cause.getMessage());
            } else {
                error.setTitle("Wrong username or password");
                error.setMessage("Check them and try again. After several failures the username is locked for a while.");
            }
            i18n.setErrorMessage(error);
            form.setI18n(i18n);
            form.setError(true);
        }
        if (parameters.containsKey(STALE_FORM)) {
            notice.setText("The sign-in form had expired, or came from another site. Please sign in again.");
            notice.setVisible(true);
        }
        if (parameters.containsKey("expired")) {
            notice.setText("Your session ended, for example because your access changed. Please sign in again.");
            notice.setVisible(true);
        }
    }

    private static AuthenticationException lastAuthenticationFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return null;
        }
        Object failure = session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof AuthenticationException e ? e : null;
    }
}

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
import org.jspecify.annotations.Nullable;
import org.parley.security.SignInFailedException;
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
        form.setI18n(i18n(null));
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
            LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
            AuthenticationException cause = lastAuthenticationFailure();
            if (cause instanceof LockedException) {
                error.setTitle("Sign-in paused");
                error.setMessage(cause.getMessage());
            } else {
                error.setTitle("Wrong username or password");
                error.setMessage("Check them and try again. After several failures the username is locked for a while.");
            }
            form.setI18n(i18n(error));
            form.setError(true);
            if (cause instanceof SignInFailedException failed && !failed.username().isEmpty()) {
                offerUsername(failed.username());
            }
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

    /** The form's words: "Sign in" as the header's "Sign out" says, not Vaadin's default "Log in". */
    private static LoginI18n i18n(LoginI18n.@Nullable ErrorMessage error) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setSubmit("Sign in");
        if (error != null) {
            i18n.setErrorMessage(error);
        }
        return i18n;
    }

    /**
     * Puts the username back after a failed attempt and moves to the password, which is what most likely was wrong.
     * The name goes as a parameter of the call, never as script text.
     */
    private void offerUsername(String username) {
        // the form would otherwise put the cursor back in the username field once it has drawn itself
        form.getElement().setProperty("noAutofocus", true);
        form.getElement().executeJs("""
                customElements.whenDefined('vaadin-login-form').then(() => this.updateComplete).then(() => {
                  const name = this.querySelector('#vaadinLoginUsername');
                  const password = this.querySelector('#vaadinLoginPassword');
                  if (name && !name.value) { name.value = $0; }
                  if (password) { password.focus(); }
                });""", username);
    }

    private static @Nullable AuthenticationException lastAuthenticationFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return null;
        }
        Object failure = session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof AuthenticationException e ? e : null;
    }
}

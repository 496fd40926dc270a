package org.parley.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.security.SignInFailedException;
import org.parley.security.SignInPausedException;
import org.parley.shared.Messages;
import org.parley.shared.ui.Languages;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

/** The sign-in page. Spring Security processes the form; this view only shows it and explains failures. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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
        var subtitle = new Paragraph(getTranslation("security.login.subtitle"));
        subtitle.addClassName("parley-login-subtitle");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));
        notice.addClassName("parley-login-notice");
        notice.setVisible(false);
        var card = new Div(title, subtitle, notice, form);
        card.addClassName("parley-login-card");
        add(card, languageLinks());
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
                error.setTitle(getTranslation("security.login.pausedTitle"));
                error.setMessage(
                        cause instanceof SignInPausedException paused
                                ? paused.messageIn(getLocale())
                                : getTranslation("security.login.addressThrottled"));
            } else {
                error.setTitle(getTranslation("security.login.wrongTitle"));
                error.setMessage(getTranslation("security.login.wrongMessage"));
            }
            form.setI18n(i18n(error));
            form.setError(true);
            if (cause instanceof SignInFailedException failed
                    && !failed.username().isEmpty()) {
                offerUsername(failed.username());
            }
        }
        if (parameters.containsKey(STALE_FORM)) {
            notice.setText(getTranslation("security.login.staleForm"));
            notice.setVisible(true);
        }
        if (parameters.containsKey("expired")) {
            notice.setText(getTranslation("security.login.sessionEnded"));
            notice.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.pageTitle");
    }

    /** The form's words in the page's language: "Sign in" as the header's "Sign out" says, not "Log in". */
    private LoginI18n i18n(LoginI18n.@Nullable ErrorMessage error) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("security.login.signIn"));
        i18n.getForm().setSubmit(getTranslation("security.login.signIn"));
        i18n.getForm().setUsername(getTranslation("security.user.username"));
        i18n.getForm().setPassword(getTranslation("security.login.password"));
        i18n.getForm().setForgotPassword(getTranslation("security.login.forgotPassword"));
        i18n.getErrorMessage().setTitle(getTranslation("security.login.wrongTitle"));
        i18n.getErrorMessage().setMessage(getTranslation("security.login.wrongMessage"));
        i18n.getErrorMessage().setUsername(getTranslation("security.user.usernameRequired"));
        i18n.getErrorMessage().setPassword(getTranslation("security.login.passwordRequired"));
        if (error != null) {
            i18n.setErrorMessage(error);
        }
        return i18n;
    }

    /**
     * Links to this page in each other language, each named in itself: someone whose browser asks for the wrong
     * language can still find theirs before signing in. The choice holds until sign-in, when the profile's applies.
     */
    private Div languageLinks() {
        var links = new Div();
        links.addClassName("parley-login-languages");
        links.getElement().setAttribute("role", "navigation");
        links.getElement().setAttribute("aria-label", getTranslation("security.login.languages"));
        for (Locale language : Messages.LANGUAGES) {
            if (language.getLanguage().equals(getLocale().getLanguage())) {
                continue;
            }
            var link = new Button(Messages.ownName(language), e -> {
                Languages.switchTo(language);
                UI.getCurrent().refreshCurrentRoute(true);
            });
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            link.getElement().setAttribute("lang", language.toLanguageTag());
            link.setId("language-" + language.getLanguage());
            links.add(link);
        }
        return links;
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

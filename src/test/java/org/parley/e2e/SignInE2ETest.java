package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in and out of the production jar in Chromium, with the security headers and CSP it relies on. */
@Tag("e2e")
@ExtendWith(RunningParley.class)
class SignInE2ETest {

    private static final LocatorAssertions.IsVisibleOptions VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    @Test
    void planner_signs_in_sees_the_main_layout_and_signs_out(RunningParley parley, Page page) {
        parley.signIn(page, "planner");

        PlaywrightAssertions.assertThat(page.locator("#signed-in-user")).hasText("Paula Planner");
        PlaywrightAssertions.assertThat(page.locator("#sign-out")).isVisible(VISIBLE);
        assertThat(path(page)).isEqualTo("/");
        assertThat(parley.cspViolations(page))
                .as("CSP violations on the console (all console errors: %s)", parley.consoleErrors(page))
                .isEmpty();
        var screenshot = parley.screenshot(page, "planner-signed-in");
        assertThat(screenshot).isRegularFile().isNotEmptyFile();

        page.locator("#sign-out").click();

        page.waitForURL(Pattern.compile(".*/login([?#].*)?$"));
        page.locator("vaadin-login-form").waitFor();
        assertThat(path(page)).isEqualTo("/login");
        PlaywrightAssertions.assertThat(page.locator("#signed-in-user")).hasCount(0);
        assertThat(parley.cspViolations(page)).isEmpty();
    }

    @Test
    void the_sign_in_page_is_served_with_security_headers(RunningParley parley, Page page) {
        var response = page.navigate(parley.url("/login"));

        assertThat(response).isNotNull();
        assertThat(response.status()).isEqualTo(200);
        var headers = response.allHeaders(); // names in lower case
        assertThat(headers).containsEntry("x-content-type-options", "nosniff");
        assertThat(headers).containsEntry("referrer-policy", "no-referrer");
        assertThat(headers.get("content-security-policy"))
                .as("Content-Security-Policy header")
                .isNotBlank();
        assertThat("DENY".equalsIgnoreCase(headers.get("x-frame-options"))
                        || headers.get("content-security-policy").contains("frame-ancestors 'none'"))
                .as("framing forbidden by X-Frame-Options DENY or CSP frame-ancestors 'none' (headers: %s)", headers)
                .isTrue();

        page.locator("vaadin-login-form").waitFor();
        PlaywrightAssertions.assertThat(page.locator("input[name='username']")).isVisible(VISIBLE);
        assertThat(parley.cspViolations(page))
                .as("CSP violations on the console (all console errors: %s)", parley.consoleErrors(page))
                .isEmpty();
    }

    @Test
    void the_favicon_and_app_icons_are_linked_and_served_before_sign_in(RunningParley parley, Page page) {
        List<String> failed = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onResponse(response -> {
            if (response.status() >= 400) {
                failed.add(response.status() + " " + response.url());
            }
        });
        page.navigate(parley.url("/login"));
        page.locator("vaadin-login-form").waitFor();

        assertThat(page.locator("link[rel='icon'][type='image/svg+xml']").getAttribute("href"))
                .endsWith("icon.svg");
        assertThat(page.locator("link[rel='apple-touch-icon']").getAttribute("href"))
                .endsWith("icons/apple-touch-icon.png");
        for (String path : List.of(
                "/favicon.ico",
                "/icons/icon.svg",
                "/icons/apple-touch-icon.png",
                "/icons/icon-192.png",
                "/icons/icon.png",
                "/manifest.webmanifest")) {
            var response = page.request().get(parley.url(path));
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).isNotEmpty();
        }
        assertThat(page.request().get(parley.url("/favicon.ico")).headers().get("content-type"))
                .contains("icon");
        assertThat(failed).as("requests the sign-in page made that failed").isEmpty();
    }

    @Test
    void a_wrong_password_shows_an_error_and_stays_on_the_sign_in_page(RunningParley parley, Page page) {
        // not the planner: failed attempts count towards locking a username, and the app is shared by the run
        parley.submitSignIn(page, "viewer", "not-the-password");

        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        PlaywrightAssertions.assertThat(page.getByText("Wrong username or password"))
                .isVisible(VISIBLE);
        assertThat(path(page)).isEqualTo("/login");
        PlaywrightAssertions.assertThat(page.locator("input[name='username']")).hasValue("viewer");
        PlaywrightAssertions.assertThat(page.locator("input[name='password']")).isFocused();
        PlaywrightAssertions.assertThat(page.locator("vaadin-login-form vaadin-button")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Sign in")))
                .isVisible();
        PlaywrightAssertions.assertThat(page.locator("#signed-in-user")).hasCount(0);
        assertThatCode(() -> parley.screenshot(page, "wrong-password")).doesNotThrowAnyException();
    }

    @Test
    void another_site_cannot_sign_the_browser_in(RunningParley parley, Page page) {
        // a page of another origin with a form that posts a username and password to Parley's sign-in
        page.setContent("<form method='post' action='" + parley.url("/login") + "'>"
                + "<input name='username' value='viewer'><input name='password' value='"
                + RunningParley.DEMO_PASSWORD + "'></form>");
        page.locator("form").evaluate("form => form.submit()");

        page.waitForURL(Pattern.compile(".*/login\\?stale.*"));
        PlaywrightAssertions.assertThat(page.getByText("came from another site"))
                .isVisible(VISIBLE);
        page.navigate(parley.url("/"));
        page.waitForURL(Pattern.compile(".*/login([?#].*)?$"));
        PlaywrightAssertions.assertThat(page.locator("#signed-in-user")).hasCount(0);

        parley.signIn(page, "viewer"); // while Parley's own form, with its token, still works
        PlaywrightAssertions.assertThat(page.locator("#signed-in-user")).isVisible(VISIBLE);
    }

    private static String path(Page page) {
        return URI.create(page.url()).getPath();
    }
}

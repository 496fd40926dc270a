package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The end-to-end tests' "no CSP violations" checks can fail: the console watch does see a violation. */
@Tag("e2e")
@ExtendWith(RunningParley.class)
class BrowserConsoleE2ETest {

    @Test
    void a_blocked_inline_script_is_reported_as_a_csp_violation(RunningParley parley, Page page) {
        page.navigate(parley.url("/login"));
        page.locator("vaadin-login-form").waitFor();
        assertThat(parley.cspViolations(page)).isEmpty();

        // a frame under a strict policy, the way a browser meets a policy the app's pages break
        page.setContent("""
                <meta http-equiv="Content-Security-Policy" content="script-src 'none'">
                <script>document.title = 'ran';</script>""");
        page.waitForCondition(() -> !parley.cspViolations(page).isEmpty());

        assertThat(parley.cspViolations(page)).anySatisfy(v -> assertThat(v).contains("Content Security Policy"));
        assertThat(page.title()).isNotEqualTo("ran");
    }
}

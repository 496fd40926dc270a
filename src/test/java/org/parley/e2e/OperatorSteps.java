package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an administrator and a planner do in Chromium on a Parley started without demo data: the first administrator
 * (password from PARLEY_ADMIN_PASSWORD) creates a planner, the planner creates a personal API token, and the
 * administrator verifies the audit chain. No test-only door in the application: the same pages a person uses.
 */
final class OperatorSteps implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;

    OperatorSteps() {
        assertThat(RunningParley.CHROMIUM)
                .as("Chromium for the end-to-end tests (Debian: apt-get install chromium; "
                        + "or set PARLEY_E2E_CHROMIUM)")
                .isExecutable();
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(RunningParley.CHROMIUM)
                            .setHeadless(true)
                            .setArgs(RunningParley.CHROMIUM_ARGS)
                            .setTimeout(120_000));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /**
     * Signs in as "admin", creates the user {@code username} with the planner role, signs in as that user and creates
     * a read-write API token on the profile page; returns the token.
     */
    String plannerWithToken(String baseUrl, String adminPassword, String username, String password) {
        return userWithToken(baseUrl, adminPassword, username, "Crash Test Planner", "Planner", password);
    }

    /**
     * Signs in as "admin", creates the user {@code username} with one role (its label on the page, e.g. "Approver"),
     * signs in as that user and creates a read-write API token on the profile page; returns the token.
     */
    String userWithToken(
            String baseUrl, String adminPassword, String username, String displayName, String role, String password) {
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, baseUrl, "admin", adminPassword);
            page.navigate(baseUrl + "/admin/users");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New user"))
                    .click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByLabel("Username", new Locator.GetByLabelOptions().setExact(true))
                    .fill(username);
            dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true))
                    .fill(displayName);
            dialog.getByLabel("Initial password", new Locator.GetByLabelOptions().setExact(true))
                    .fill(password);
            dialog.getByRole(
                            AriaRole.CHECKBOX,
                            new Locator.GetByRoleOptions().setName(role).setExact(true))
                    .check();
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                    .click();
            page.getByText("Created user " + username).waitFor();
            page.locator("#sign-out").click();
            page.waitForURL(Pattern.compile(".*/login.*"));

            signIn(page, baseUrl, username, password);
            return readWriteToken(page, baseUrl);
        }
    }

    /** Signs in as "admin" and creates a read-write API token for the administrator, e.g. for backups. */
    String administratorToken(String baseUrl, String adminPassword) {
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, baseUrl, "admin", adminPassword);
            return readWriteToken(page, baseUrl);
        }
    }

    /** Signs in as "admin" and disables the user {@code username} in Users. */
    void disableUser(String baseUrl, String adminPassword, String username) {
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, baseUrl, "admin", adminPassword);
            page.navigate(baseUrl + "/admin/users");
            page.locator("vaadin-grid-cell-content")
                    .getByText(username, new Locator.GetByTextOptions().setExact(true))
                    .first()
                    .click();
            page.getByRole(AriaRole.DIALOG)
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Disable"))
                    .click();
            page.getByText("Disabled " + username).waitFor();
        }
    }

    /** Signs in as "admin", verifies the audit chain on the Audit log page and returns what the page says. */
    String auditVerification(String baseUrl, String adminPassword) {
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, baseUrl, "admin", adminPassword);
            page.navigate(baseUrl + "/admin/audit");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify chain"))
                    .click();
            Locator result = page.locator("#audit-verification");
            result.waitFor();
            return result.innerText();
        }
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }

    /** Creates a read-write token on the profile page and reads it from the field that shows it once. */
    static String readWriteToken(Page page, String baseUrl) {
        page.navigate(baseUrl + "/profile");
        page.getByLabel("Token name").fill("End-to-end test");
        page.getByLabel("Access").getByText("Read and write").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token"))
                .click();
        var shown = page.getByLabel("Your new token");
        shown.waitFor();
        String token = shown.inputValue();
        assertThat(token).startsWith("pky_");
        return token;
    }

    /** A fresh browser context (no cookies), with the same settings as every step's. */
    BrowserContext newContext() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 800)
                .setLocale("en-GB")
                .setTimezoneId("UTC"));
        // generous: a shared 2-core machine may be building or testing something else at the same time
        context.setDefaultTimeout(30_000);
        context.setDefaultNavigationTimeout(60_000);
        return context;
    }

    static void signIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("vaadin-login-form").waitFor();
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.locator("#signed-in-user").waitFor();
    }
}

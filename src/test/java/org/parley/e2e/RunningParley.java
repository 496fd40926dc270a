package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs the packaged Parley jar (system property {@code parley.jar}, set by the failsafe plugin) with demo data, and
 * Debian's Chromium through Playwright, for end-to-end tests. Both start once per test run, when the first test class
 * that uses this extension needs them, and stop when the run ends. Each test gets a fresh browser context (no shared
 * cookies) and may ask for a {@link Page} and for this extension, whose helpers sign in, take screenshots and report
 * what the browser console said.
 *
 * <pre>
 * &#64;Tag("e2e")
 * &#64;ExtendWith(RunningParley.class)
 * class SomethingE2ETest {
 *     &#64;Test
 *     void planner_sees_x(RunningParley parley, Page page) { parley.signIn(page, "planner"); … }
 * }
 * </pre>
 */
public final class RunningParley
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    public static final String DEMO_PASSWORD = "parley-demo-pass";

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PARLEY_E2E_CHROMIUM", "/usr/bin/chromium"));
    static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");
    // a shared 2-core machine under load; a developer's machine running several builds may allow more
    static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("parley.e2e.start-timeout-seconds", 180));
    private static final Pattern READY = Pattern.compile("Parley is ready: open (http://localhost:\\d+)/");

    private static @Nullable Shared shared;
    private static @Nullable RuntimeException startFailure;

    private @Nullable BrowserContext browserContext;
    private final Map<Page, List<String>> consoleErrors = new IdentityHashMap<>();

    // --- helpers for tests ------------------------------------------------------------------------------------------

    /** The address the app answers on, without a trailing slash, e.g. {@code http://localhost:41234}. */
    public String baseUrl() {
        return shared().baseUrl;
    }

    /** An absolute address for a path such as {@code /login}. */
    public String url(String path) {
        return baseUrl() + (path.startsWith("/") ? path : "/" + path);
    }

    /** Signs in as a demo user (password {@value #DEMO_PASSWORD}) and waits for the main layout. */
    public void signIn(Page page, String username) {
        submitSignIn(page, username, DEMO_PASSWORD);
        page.locator("#signed-in-user").waitFor();
    }

    /** Opens the sign-in page, fills the form and submits it; does not wait for the outcome. */
    public void submitSignIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.locator("vaadin-login-form").waitFor();
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }

    /** Saves a full-page screenshot as {@code target/e2e-screenshots/NAME.png} and returns its path. */
    public Path screenshot(Page page, String name) {
        Path file = shared().screenshots.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Errors the browser reported on this page so far: console errors (CSP included) and uncaught exceptions. */
    public List<String> consoleErrors(Page page) {
        return List.copyOf(consoleErrors.getOrDefault(page, List.of()));
    }

    /** The console errors that are Content Security Policy violations. */
    public List<String> cspViolations(Page page) {
        return consoleErrors(page).stream()
                .filter(e -> e.contains("Content Security Policy") || e.contains("Refused to"))
                .toList();
    }

    /** Another page in this test's browser context (same cookies), watched like the first. */
    public Page newPage() {
        if (browserContext == null) {
            throw new IllegalStateException("No browser context: newPage() is for use inside a test");
        }
        return watch(browserContext.newPage());
    }

    /** The last lines the app has logged, for assertion messages. */
    public String appLogTail() {
        return shared().app.logTail(80);
    }

    /** Everything the app has logged so far. */
    public String appLog() {
        return App.read(shared().app.log);
    }

    // --- JUnit --------------------------------------------------------------------------------------------------

    @Override
    public void beforeAll(ExtensionContext context) {
        shared(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        consoleErrors.clear();
        browserContext = shared(context)
                .browser
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1280, 800)
                        .setLocale("en-GB")
                        .setTimezoneId("UTC"));
        // generous: a shared 2-core machine may be building or testing something else at the same time
        browserContext.setDefaultTimeout(30_000);
        browserContext.setDefaultNavigationTimeout(60_000);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browserContext == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                String name = context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + "-failed";
                List<Page> pages = browserContext.pages();
                for (int i = 0; i < pages.size(); i++) {
                    try {
                        screenshot(pages.get(i), pages.size() == 1 ? name : name + "-" + i);
                    } catch (RuntimeException e) {
                        // the page may be gone; the failure itself is what matters
                    }
                }
            }
        } finally {
            browserContext.close();
            browserContext = null;
            consoleErrors.clear();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Page.class || type == RunningParley.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == RunningParley.class) {
            return this;
        }
        return newPage();
    }

    private Page watch(Page page) {
        List<String> errors = consoleErrors.computeIfAbsent(page, p -> new ArrayList<>());
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text());
            }
        });
        page.onPageError(error -> errors.add("Uncaught: " + error));
        return page;
    }

    // --- the app and the browser, once per run --------------------------------------------------------------------

    private static Shared shared() {
        if (shared == null) {
            throw new IllegalStateException("Parley is not running: use @ExtendWith(RunningParley.class)");
        }
        return shared;
    }

    private static synchronized Shared shared(ExtensionContext context) {
        if (startFailure != null) {
            throw startFailure; // started once and failed: don't spend another two minutes per test class
        }
        if (shared == null) {
            try {
                shared = Shared.start();
            } catch (RuntimeException | Error e) {
                startFailure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                throw e;
            }
            Shared started = shared;
            // closed when the whole test run ends; the hook covers runs that end abnormally
            context.getRoot()
                    .getStore(ExtensionContext.Namespace.create(RunningParley.class))
                    .put(Shared.class, started);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-parley-e2e"));
        }
        return shared;
    }

    private static final class Shared implements AutoCloseable {

        final App app;
        final String baseUrl;
        final Path screenshots;
        final Playwright playwright;
        final Browser browser;
        private boolean closed;

        private Shared(App app, Path screenshots, Playwright playwright, Browser browser) {
            this.app = app;
            this.baseUrl = app.baseUrl;
            this.screenshots = screenshots;
            this.playwright = playwright;
            this.browser = browser;
        }

        static Shared start() {
            Path jar = packagedJar();
            Path target = jar.toAbsolutePath().getParent();
            Path screenshots = target.resolve("e2e-screenshots");
            try {
                Files.createDirectories(screenshots);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            App app = App.start(jar, target.resolve("e2e-parley.log"));
            Playwright playwright = null;
            try {
                assertThat(CHROMIUM)
                        .as("Chromium for the end-to-end tests (Debian: apt-get install chromium; "
                                + "or set PARLEY_E2E_CHROMIUM)")
                        .isExecutable();
                // Playwright's driver would otherwise download browsers of its own on first use
                playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(CHROMIUM)
                                .setHeadless(true)
                                .setArgs(CHROMIUM_ARGS)
                                .setTimeout(120_000));
                return new Shared(app, screenshots, playwright, browser);
            } catch (RuntimeException | Error e) {
                if (playwright != null) {
                    playwright.close();
                }
                app.stop();
                throw e;
            }
        }

        private static Path packagedJar() {
            String property = System.getProperty("parley.jar");
            assertThat(property)
                    .as("system property parley.jar: run the end-to-end tests through Maven "
                            + "(./parley test, or mvn verify), which builds the jar and sets it")
                    .isNotBlank();
            Path jar = Path.of(property);
            assertThat(jar).as("the packaged Parley jar").isRegularFile();
            return jar;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                browser.close();
                playwright.close();
            } catch (RuntimeException e) {
                // the browser may already be gone at JVM shutdown; the app must still stop
            } finally {
                app.stop();
            }
        }
    }

    /** The packaged jar in its own process, working directory and port. */
    private static final class App {

        final @Nullable Process process;
        final @Nullable Path workDir;
        final Path log;
        final String baseUrl;

        private App(@Nullable Process process, @Nullable Path workDir, Path log, String baseUrl) {
            this.process = process;
            this.workDir = workDir;
            this.log = log;
            this.baseUrl = baseUrl;
        }

        static App start(Path jar, Path log) {
            String running = System.getenv("PARLEY_E2E_URL");
            if (running != null && !running.isBlank()) {
                // a demo app the developer started and stops: for trying tests again and again without a restart
                return new App(null, null, log, running.replaceAll("/+$", ""));
            }
            Path workDir;
            Process process;
            try {
                // its own working directory, so that the demo database (./data) lives and dies with this run
                workDir = Files.createTempDirectory("parley-e2e-");
                String java =
                        Path.of(System.getProperty("java.home"), "bin", "java").toString();
                // port 0: Tomcat takes a free port and the ready line names it, so nothing can take it in between,
                // and every address Parley hands out must name the port it really got (EdgesE2ETest); the management
                // port is free too: a fixed one would collide with other runs on the same machine
                process = new ProcessBuilder(
                                java,
                                "-jar",
                                jar.toAbsolutePath().toString(),
                                "--spring.profiles.active=demo",
                                "--server.port=0",
                                "--management.server.port=" + ParleyProcess.freePort())
                        .directory(workDir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start " + jar, e);
            }
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (true) {
                var ready = READY.matcher(read(log));
                if (ready.find()) {
                    return new App(process, workDir, log, ready.group(1));
                }
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    String why = process.isAlive()
                            ? "did not log \"Parley is ready\" within " + START_TIMEOUT.toSeconds() + " s"
                            : "exited with status " + process.exitValue() + " before it was ready";
                    String tail = tail(read(log), 80);
                    process.destroyForcibly();
                    deleteQuietly(workDir);
                    throw new AssertionError("Parley (" + jar + ", on a random port) " + why
                            + "; the last lines of its log (" + log + "):\n" + tail);
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    process.destroyForcibly();
                    throw new IllegalStateException("Interrupted while waiting for Parley to start", e);
                }
            }
        }

        String logTail(int lines) {
            return tail(read(log), lines);
        }

        void stop() {
            if (process == null || workDir == null) {
                return; // not ours to stop
            }
            process.destroy(); // SIGTERM: Spring shuts down gracefully
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            deleteQuietly(workDir);
        }

        private static String read(Path file) {
            try {
                return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                return ""; // e.g. a multi-byte character written half so far; the next poll reads it whole
            }
        }

        private static String tail(String text, int lines) {
            List<String> all = text.lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }

        private static void deleteQuietly(Path dir) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | RuntimeException e) {
                // a temporary directory; leaving it behind is harmless
            }
        }
    }
}

package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.BenchmarkFigures;
import org.springframework.util.FileSystemUtils;

/**
 * Retained heap per signed-in session: the packaged jar with the demo, and N browser contexts of Debian's Chromium
 * (never a downloaded one), each signing in as the planner, opening the Meetings list and then the new-meeting editor
 * from its button, and staying open. Live heap is read with {@code jcmd PID GC.class_histogram}, which runs a full GC
 * first, after a few warm-up sessions (classes, caches and pools filled) and again after the N sessions; the figure is
 * the difference over N (after a GC and the finalizers have run, see {@link #histogram}). Also lists the classes that
 * grew most, the UIs and state nodes a session adds and its UIDL responses' sizes, to show where a session's memory
 * goes. Writes to {@code target/bench/figures.tsv} and {@code target/benchmark-session-memory.txt}; asserts no size.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(
        named = "parley.benchmark",
        matches = "true",
        disabledReason = "a benchmark: run with -Dparley.benchmark=true")
class SessionMemoryBenchmark {

    private static final int SESSIONS = Integer.getInteger("parley.benchmark.sessions", 20);
    private static final int WARM_UP = 3;
    private static final Path WORK = Path.of("target", "bench", "sessions").toAbsolutePath();
    private static final Pattern HISTOGRAM_LINE =
            Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);
    private static final String TOTAL = "<total>";
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)", Pattern.MULTILINE);
    /** Classes whose instance counts say what a session keeps: its UIs (each with its last response) and their nodes. */
    private static final List<String> COUNTED = List.of(
            "com.vaadin.flow.component.UI",
            "com.vaadin.flow.component.internal.UIInternals",
            "com.vaadin.flow.internal.StateNode",
            "com.vaadin.flow.server.VaadinSession");
    /** The body sizes of the UIDL responses each session received, in order (Flow keeps a UI's last one). */
    private static final List<List<Integer>> UIDL_RESPONSES = new ArrayList<>();

    @Test
    void retained_heap_per_signed_in_session_with_the_meetings_list_and_the_editor() throws Exception {
        Path jar = ParleyProcess.packagedJar();
        assertThat(RunningParley.CHROMIUM)
                .as("Chromium (apt-get install chromium)")
                .isExecutable();
        FileSystemUtils.deleteRecursively(WORK);
        int port = ParleyProcess.freePort();
        String base = "http://127.0.0.1:" + port;
        String load = BenchmarkFigures.loadAverage();
        List<BrowserContext> contexts = new ArrayList<>();
        try (var parley = TimedStart.launch(
                        WORK,
                        WORK.resolve("parley.log"),
                        List.of(
                                "-jar",
                                jar.toString(),
                                "--spring.profiles.active=demo",
                                "--server.address=127.0.0.1",
                                "--server.port=" + port,
                                "--management.server.port=" + ParleyProcess.freePort()));
                var playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(RunningParley.CHROMIUM)
                                .setHeadless(true)
                                .setArgs(RunningParley.CHROMIUM_ARGS)
                                .setTimeout(120_000))) {
            parley.secondsUntil(Pattern.compile("Parley is ready"));
            for (int i = 0; i < WARM_UP; i++) {
                contexts.add(openSession(browser, base));
            }
            Map<String, long[]> before = histogram(parley.pid());
            long heapBefore = before.get(TOTAL)[1];
            for (int i = 0; i < SESSIONS; i++) {
                contexts.add(openSession(browser, base));
            }
            Map<String, long[]> after = histogram(parley.pid());
            long heapAfter = after.get(TOTAL)[1];
            double perSession = (heapAfter - heapBefore) / 1024.0 / SESSIONS;

            BenchmarkFigures.record(
                    "Retained heap per signed-in session (meetings list + editor, " + SESSIONS + " sessions; load "
                            + load + ")",
                    perSession,
                    "KB",
                    "≤ 150 KB");
            String report = "SessionMemoryBenchmark: " + SESSIONS + " sessions after " + WARM_UP
                    + " warm-up ones; live heap " + heapBefore / 1024 + " KB before, " + heapAfter / 1024
                    + " KB after: " + String.format("%.1f", perSession) + " KB per session\n"
                    + "  classes that grew most (KB per session, instances per session):\n"
                    + growth(before, after)
                    + "\n  instances per session: " + counts(before, after)
                    + "\n  UIDL responses of the measured sessions (bytes, in order): "
                    + UIDL_RESPONSES.subList(WARM_UP, UIDL_RESPONSES.size());
            System.out.println(report);
            Files.writeString(Path.of("target", "benchmark-session-memory.txt"), report);
            for (var context : contexts) {
                context.close();
            }
        }
    }

    /** A browser context of its own (its own cookie, so its own HTTP session) left open on the editor. */
    private static BrowserContext openSession(Browser browser, String base) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        List<Integer> responses = new ArrayList<>();
        UIDL_RESPONSES.add(responses);
        page.onResponse(response -> {
            if (response.url().contains("v-r=uidl")) {
                try {
                    responses.add(response.body().length);
                } catch (PlaywrightException navigatedAway) {
                    responses.add(-1); // its page was left before the body was read (e.g. the sign-in's)
                }
            }
        });
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill("planner");
        page.locator("input[name='password']").fill(RunningParley.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.locator("#signed-in-user").waitFor();
        page.navigate(base + "/meetings");
        // rows are there, not just the header: the demo's meeting titles read "<kind> on <topic> (…)"
        page.locator("vaadin-grid-cell-content")
                .getByText(Pattern.compile(" on "))
                .first()
                .waitFor();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New meeting"))
                .click();
        page.locator("#title input").waitFor();
        return context;
    }

    /**
     * Live objects by class (instances, bytes) after the full GC that {@code GC.class_histogram} runs. A GC and the
     * finalizers run first: objects already let go but waiting for their finalizer survive one GC, and Vaadin's static
     * file server leaves one such {@code ZipFileSystem} (with a copy of the jar's 170 KB directory) for every file it
     * serves from the jar, which would count as a session's memory (docs/0031-performance-figures.md).
     */
    private static Map<String, long[]> histogram(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        for (String command : List.of("GC.run", "GC.run_finalization")) {
            Process process = new ProcessBuilder(jcmd, Long.toString(pid), command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS))
                    .as("jcmd " + command + " ended")
                    .isTrue();
        }
        Path out = WORK.resolve("histogram-" + System.nanoTime() + ".txt");
        Process process = new ProcessBuilder(jcmd, Long.toString(pid), "GC.class_histogram")
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("jcmd ended").isTrue();
        String text = Files.readString(out);
        Map<String, long[]> classes = new HashMap<>();
        Matcher line = HISTOGRAM_LINE.matcher(text);
        while (line.find()) {
            classes.put(line.group(3), new long[] {Long.parseLong(line.group(1)), Long.parseLong(line.group(2))});
        }
        Matcher total = HISTOGRAM_TOTAL.matcher(text);
        assertThat(total.find()).as("a class histogram from jcmd:\n" + text).isTrue();
        classes.put(TOTAL, new long[] {0, Long.parseLong(total.group(1))});
        return classes;
    }

    private static String counts(Map<String, long[]> before, Map<String, long[]> after) {
        return COUNTED.stream()
                .map(name -> String.format(
                        "%s %.1f",
                        name.substring(name.lastIndexOf('.') + 1),
                        (after.getOrDefault(name, new long[2])[0] - before.getOrDefault(name, new long[2])[0])
                                / (double) SESSIONS))
                .collect(Collectors.joining(", "));
    }

    private static String growth(Map<String, long[]> before, Map<String, long[]> after) {
        return after.entrySet().stream()
                .filter(e -> !e.getKey().equals(TOTAL))
                .map(e -> {
                    long[] was = before.getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - was[0], e.getValue()[1] - was[1]});
                })
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1])
                        .reversed())
                .limit(25)
                .map(e -> String.format(
                        "    %8.1f KB %8.1f  %s",
                        e.getValue()[1] / 1024.0 / SESSIONS, e.getValue()[0] / (double) SESSIONS, e.getKey()))
                .collect(Collectors.joining("\n"));
    }
}

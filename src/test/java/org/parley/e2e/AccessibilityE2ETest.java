package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.RoutesOfUser.Language;

/**
 * Deque's axe-core over every page each role can reach, in English and in Arabic (right to left), and over the
 * sign-in and public readout pages: no serious or critical violation anywhere. The counts per page, role and
 * language go to {@code target/accessibility/axe-counts.tsv} and to the test's output. Kept cheap for CI: one
 * signed-in session per role, the pages reached through Vaadin's client-side router (no reloads), axe-core put into
 * the page once and run with the WCAG A/AA and best-practice rules only.
 */
@Tag("e2e")
@ExtendWith(RunningParley.class)
class AccessibilityE2ETest {

    /** One user per role. */
    private static final List<String> USERS = List.of("planner", "approver", "senior", "admin", "viewer");

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    record Count(
            String path,
            String user,
            Language language,
            int rulesRun,
            int passed,
            int violations,
            int blocking,
            Set<String> ruleIds) {

        String line() {
            return String.join(
                    "\t",
                    path,
                    user,
                    language.tag,
                    Integer.toString(rulesRun),
                    Integer.toString(passed),
                    Integer.toString(violations),
                    Integer.toString(blocking),
                    String.join(",", ruleIds));
        }
    }

    /** The rules of WCAG 2.0 and 2.1 at levels A and AA, and Deque's best practices. */
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    /**
     * Walks the pages in the browser itself: each is reached through Vaadin's client-side router (as a click on a
     * link; no reload, so axe-core stays loaded), awaited until Vaadin has had no request under way for a few moments,
     * and checked with the chosen rules; returns only what the report needs. Several sessions walk at the same time.
     */
    private static final String WALK = """
            async ({ paths, tags }) => {
                const pause = ms => new Promise(resolve => setTimeout(resolve, ms));
                const busy = () => Object.values((window.Vaadin && window.Vaadin.Flow
                        && window.Vaadin.Flow.clients) || {}).some(client => client.isActive && client.isActive());
                const settle = async () => {
                    for (let quiet = 0; quiet < 3; quiet = busy() ? 0 : quiet + 1) {
                        await pause(50);
                    }
                };
                const go = async path => {
                    const navigated = new Promise(resolve => {
                        window.addEventListener('vaadin-navigated', resolve, { once: true });
                        setTimeout(resolve, 5000);
                    });
                    const link = document.createElement('a');
                    link.href = path;
                    document.body.appendChild(link);
                    link.click();
                    link.remove();
                    await navigated;
                    for (const until = Date.now() + 30000; location.pathname !== path && Date.now() < until;) {
                        await pause(50);
                    }
                };
                const checked = [];
                for (const path of paths) {
                    if (location.pathname !== path) {
                        await go(path);
                    }
                    await settle();
                    const result = await axe.run(document, {
                        runOnly: { type: 'tag', values: tags },
                        resultTypes: ['violations'] // passes and the rest listed without their nodes
                    });
                    checked.push({
                        path,
                        at: location.pathname,
                        lang: document.documentElement.lang,
                        passes: result.passes.length,
                        incomplete: result.incomplete.length,
                        inapplicable: result.inapplicable.length,
                        violations: result.violations.map(rule => ({
                            id: rule.id,
                            impact: rule.impact || 'unknown',
                            help: rule.help,
                            nodes: rule.nodes.map(node => JSON.stringify(node.target) + ' '
                                    + String(node.html).substring(0, 160))
                        }))
                    });
                }
                return checked;
            }""";

    /** One signed-in session per role, walking its pages in one language after the other. */
    private record Session(String user, Page page, List<String> paths) {}

    @Test
    void no_page_has_a_serious_or_critical_violation_for_any_role_in_english_or_arabic(RunningParley parley, Page page)
            throws IOException {
        long started = System.nanoTime();
        String axe = axeSource();
        // axe-core once into every document (page loads are few: the walks change pages client-side)
        page.context().addInitScript(axe);
        List<Count> counts = new ArrayList<>();
        List<String> blocking = new ArrayList<>();

        for (Language language : Language.values()) {
            page.context().clearCookies();
            page.context().setExtraHTTPHeaders(Map.of("Accept-Language", language.tag));
            for (String path : List.of("/login", "/readouts")) {
                RoutesOfUser.open(parley, page, path);
                counts.addAll(walk(page, List.of(path), "anonymous", language, blocking));
            }
        }

        System.out.printf("axe-core phase: anonymous pages %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        List<BrowserContext> contexts = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        try {
            for (String user : USERS) {
                BrowserContext context = page.context()
                        .browser()
                        .newContext(new Browser.NewContextOptions()
                                .setViewportSize(1280, 800)
                                .setLocale("en-GB")
                                .setTimezoneId("UTC"));
                context.setDefaultTimeout(60_000);
                context.addInitScript(axe);
                contexts.add(context);
                Page own = context.newPage();
                parley.signIn(own, user);
                sessions.add(new Session(user, own, RoutesOfUser.of(parley, own, user.equals("planner"))));
            }
            System.out.printf("axe-core phase: signed in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
            for (Language language : Language.values()) {
                // the sessions walk side by side (each browser page runs its checks by itself); the results are
                // collected once all have started
                for (Session session : sessions) {
                    RoutesOfUser.switchLanguage(parley, session.page(), language);
                    session.page()
                            .evaluate(
                                    "args => { window.parleyAxeWalk = (" + WALK + ")(args); }",
                                    Map.of("paths", session.paths(), "tags", TAGS));
                }
                for (Session session : sessions) {
                    counts.addAll(collect(
                            session.page().evaluate("() => window.parleyAxeWalk"), session.user(), language, blocking));
                }
                System.out.printf(
                        "axe-core phase: %s walked %d s%n", language, (System.nanoTime() - started) / 1_000_000_000);
            }
        } finally {
            for (Session session : sessions) {
                // other end-to-end tests in the same run meet this user in English
                RoutesOfUser.switchLanguage(parley, session.page(), Language.ENGLISH);
            }
            contexts.forEach(BrowserContext::close);
        }

        String report = write(counts);
        System.out.println(report);
        assertThat(counts).as("pages checked").hasSizeGreaterThan(40);
        assertThat(blocking)
                .as("serious or critical axe-core violations (counts in target/accessibility/axe-counts.tsv)")
                .isEmpty();
    }

    private static String axeSource() throws IOException {
        try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in)
                    .as("axe-core's script in com.deque.html.axe-core:playwright")
                    .isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Count> walk(
            Page page, List<String> paths, String user, Language language, List<String> blocking) {
        return collect(page.evaluate(WALK, Map.of("paths", paths, "tags", TAGS)), user, language, blocking);
    }

    @SuppressWarnings("unchecked")
    private static List<Count> collect(Object walked, String user, Language language, List<String> blocking) {
        List<Count> counts = new ArrayList<>();
        for (Map<String, Object> page : (List<Map<String, Object>>) walked) {
            String path = String.valueOf(page.get("path"));
            assertThat(page.get("at")).as("%s reached %s", user, path).isEqualTo(path);
            assertThat(page.get("lang"))
                    .as("the language of %s for %s", path, user)
                    .isEqualTo(language.tag);
            var violations = (List<Map<String, Object>>) page.get("violations");
            Set<String> ids = new TreeSet<>();
            int serious = 0;
            for (Map<String, Object> rule : violations) {
                String impact = String.valueOf(rule.get("impact"));
                ids.add(rule.get("id") + ":" + impact);
                if (BLOCKING.contains(impact)) {
                    serious++;
                    StringBuilder where = new StringBuilder();
                    for (Object node : (List<Object>) rule.get("nodes")) {
                        where.append("\n      ").append(node);
                    }
                    blocking.add(path + " (" + user + ", " + language.tag + "): " + rule.get("id") + " [" + impact
                            + "] " + rule.get("help") + where);
                }
            }
            int passed = ((Number) page.get("passes")).intValue();
            int rulesRun = passed
                    + violations.size()
                    + ((Number) page.get("incomplete")).intValue()
                    + ((Number) page.get("inapplicable")).intValue();
            var count = new Count(path, user, language, rulesRun, passed, violations.size(), serious, ids);
            System.out.println("axe-core " + count.line());
            counts.add(count);
        }
        return counts;
    }

    private static String write(List<Count> counts) throws IOException {
        Path dir = Path.of(System.getProperty("parley.jar"))
                .toAbsolutePath()
                .getParent()
                .resolve("accessibility");
        Files.createDirectories(dir);
        StringBuilder tsv = new StringBuilder("path\tuser\tlanguage\trules run\tpassed\tviolations\tserious or critical"
                + "\tviolated rules (impact)\n");
        counts.forEach(c -> tsv.append(c.line()).append('\n'));
        Files.writeString(dir.resolve("axe-counts.tsv"), tsv, StandardCharsets.UTF_8);
        int violations = counts.stream().mapToInt(Count::violations).sum();
        int serious = counts.stream().mapToInt(Count::blocking).sum();
        Set<String> rules = new TreeSet<>();
        counts.forEach(c -> rules.addAll(c.ruleIds()));
        return "axe-core: " + counts.size() + " pages checked, up to "
                + counts.stream().mapToInt(Count::rulesRun).max().orElse(0) + " rules each; " + violations
                + " violations, " + serious + " serious or critical; rules violated: " + rules + "\n" + tsv;
    }
}

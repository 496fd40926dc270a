package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
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

    /** Runs the chosen rules in the page and returns only what the report needs (the full result is large). */
    private static final String RUN_AXE = """
            async tags => {
                const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: tags },
                    resultTypes: ['violations'] // passes and the rest listed without their nodes
                });
                return {
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
                };
            }""";

    @Test
    void no_page_has_a_serious_or_critical_violation_for_any_role_in_english_or_arabic(RunningParley parley, Page page)
            throws IOException {
        // axe-core once into every document of this context (page loads are few: the pages change client-side)
        page.context().addInitScript(axeSource());
        List<Count> counts = new ArrayList<>();
        List<String> blocking = new ArrayList<>();

        for (Language language : Language.values()) {
            page.context().clearCookies();
            page.context().setExtraHTTPHeaders(Map.of("Accept-Language", language.tag));
            for (String path : List.of("/login", "/readouts")) {
                RoutesOfUser.open(parley, page, path);
                counts.add(check(page, path, "anonymous", language, blocking));
            }
        }
        page.context().setExtraHTTPHeaders(Map.of());
        for (String user : USERS) {
            page.context().clearCookies();
            parley.signIn(page, user);
            List<String> paths = RoutesOfUser.of(parley, page, user.equals("planner"));
            try {
                for (Language language : Language.values()) {
                    RoutesOfUser.switchLanguage(parley, page, language);
                    for (String path : paths) {
                        if (!path.equals(page.evaluate("() => location.pathname"))) {
                            RoutesOfUser.go(page, path);
                        }
                        assertThat(page.evaluate("() => document.documentElement.lang"))
                                .as("the page's language on %s", path)
                                .isEqualTo(language.tag);
                        counts.add(check(page, path, user, language, blocking));
                    }
                }
            } finally {
                // other end-to-end tests in the same run meet this user in English
                RoutesOfUser.switchLanguage(parley, page, Language.ENGLISH);
            }
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

    @SuppressWarnings("unchecked")
    private static Count check(Page page, String path, String user, Language language, List<String> blocking) {
        var results = (Map<String, Object>) page.evaluate(RUN_AXE, TAGS);
        var violations = (List<Map<String, Object>>) results.get("violations");
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
                blocking.add(path + " (" + user + ", " + language.tag + "): " + rule.get("id") + " [" + impact + "] "
                        + rule.get("help") + where);
            }
        }
        int passed = ((Number) results.get("passes")).intValue();
        int rulesRun = passed
                + violations.size()
                + ((Number) results.get("incomplete")).intValue()
                + ((Number) results.get("inapplicable")).intValue();
        var count = new Count(path, user, language, rulesRun, passed, violations.size(), serious, ids);
        System.out.println("axe-core " + count.line()); // as it goes
        return count;
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

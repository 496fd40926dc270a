package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.RoutesOfUser.Language;

/**
 * Deque's axe-core over every page each role can reach, in English and in Arabic (right to left), and over the
 * sign-in and public readout pages: no serious or critical violation anywhere. The counts per page, role and
 * language go to {@code target/accessibility/axe-counts.tsv} and to the test's output.
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

    @Test
    void no_page_has_a_serious_or_critical_violation_for_any_role_in_english_or_arabic(RunningParley parley, Page page)
            throws IOException {
        List<Count> counts = new ArrayList<>();
        List<String> blocking = new ArrayList<>();

        for (Language language : Language.values()) {
            page.context().clearCookies();
            page.context().setExtraHTTPHeaders(java.util.Map.of("Accept-Language", language.tag));
            for (String path : List.of("/login", "/readouts")) {
                RoutesOfUser.open(parley, page, path);
                counts.add(check(page, path, "anonymous", language, blocking));
            }
        }
        page.context().setExtraHTTPHeaders(java.util.Map.of());
        for (String user : USERS) {
            page.context().clearCookies();
            parley.signIn(page, user);
            try {
                for (Language language : Language.values()) {
                    RoutesOfUser.switchLanguage(parley, page, language);
                    for (String path : RoutesOfUser.of(parley, page, user.equals("planner"))) {
                        RoutesOfUser.open(parley, page, path);
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

    private static Count check(Page page, String path, String user, Language language, List<String> blocking) {
        // axe.run in the page itself: Parley has no frames, and the frame-by-frame mode opens a blank page per check
        AxeResults results = new AxeBuilder(page).setLegacyMode(true).analyze();
        Set<String> ids = new TreeSet<>();
        int serious = 0;
        for (Rule rule : results.getViolations()) {
            ids.add(rule.getId() + ":" + rule.getImpact());
            if (rule.getImpact() != null && BLOCKING.contains(rule.getImpact())) {
                serious++;
                StringBuilder where = new StringBuilder();
                for (CheckedNode node : rule.getNodes()) {
                    where.append("\n      ")
                            .append(node.getTarget())
                            .append(" ")
                            .append(abbreviate(node.getHtml()));
                }
                blocking.add(path + " (" + user + ", " + language.tag + "): " + rule.getId() + " [" + rule.getImpact()
                        + "] " + rule.getHelp() + where);
            }
        }
        int rulesRun = results.getPasses().size()
                + results.getViolations().size()
                + results.getIncomplete().size()
                + results.getInapplicable().size();
        var count = new Count(
                path,
                user,
                language,
                rulesRun,
                results.getPasses().size(),
                results.getViolations().size(),
                serious,
                ids);
        System.out.println("axe-core " + count.line()); // as it goes: the whole run takes minutes
        return count;
    }

    private static String abbreviate(String html) {
        return html == null || html.length() <= 160 ? String.valueOf(html) : html.substring(0, 160) + "…";
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

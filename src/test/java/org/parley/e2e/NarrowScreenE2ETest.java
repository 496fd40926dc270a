package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a phone (390×844 CSS pixels) no page scrolls sideways: for the planner and the approver, every page of theirs is
 * no wider than the screen. A screenshot of each goes to {@code target/e2e-screenshots/narrow-*.png}.
 */
@Tag("e2e")
@ExtendWith(RunningParley.class)
class NarrowScreenE2ETest {

    private static final String PAGE_WIDTH = "() => [document.documentElement.scrollWidth, window.innerWidth]";

    /** The element that reaches furthest past the right edge (left edge in Arabic), to say what overflows. */
    private static final String WIDEST = """
            () => {
                let widest = null, reach = window.innerWidth;
                const visit = root => root.querySelectorAll('*').forEach(e => {
                    const box = e.getBoundingClientRect();
                    if (box.width > 0 && box.right > reach) { reach = box.right; widest = e; }
                    if (e.shadowRoot) visit(e.shadowRoot);
                });
                visit(document);
                return widest ? widest.outerHTML.substring(0, 160) + ' reaches ' + Math.round(reach) + 'px' : '';
            }""";

    @Test
    void no_page_scrolls_sideways_on_a_phone(RunningParley parley, Page page) {
        List<String> tooWide = new ArrayList<>();
        int checked = 0;
        for (String user : List.of("planner", "approver")) {
            page.context().clearCookies();
            page.setViewportSize(1280, 800); // the sign-in helper waits for the user's name, which a phone hides
            parley.signIn(page, user);
            page.setViewportSize(390, 844);
            for (String path : RoutesOfUser.of(parley, page, user.equals("planner"))) {
                RoutesOfUser.open(parley, page, path);
                List<?> widths = (List<?>) page.evaluate(PAGE_WIDTH);
                int scrollWidth = ((Number) widths.get(0)).intValue();
                int innerWidth = ((Number) widths.get(1)).intValue();
                String name = "narrow-" + user + (path.equals("/") ? "-dashboard" : path.replaceAll("[^a-z0-9]+", "-"));
                parley.screenshot(page, name);
                checked++;
                if (scrollWidth > innerWidth) {
                    tooWide.add(path + " (" + user + "): " + scrollWidth + "px wide in " + innerWidth + "px; "
                            + page.evaluate(WIDEST));
                }
            }
        }
        System.out.println("Narrow screen (390×844): " + checked + " pages checked, " + tooWide.size()
                + " wider than the screen" + (tooWide.isEmpty() ? "" : ":\n  " + String.join("\n  ", tooWide)));
        assertThat(checked).as("pages checked").isGreaterThan(10);
        assertThat(tooWide).as("pages wider than a 390px phone screen").isEmpty();
    }
}

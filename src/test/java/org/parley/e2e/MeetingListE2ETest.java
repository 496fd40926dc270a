package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Meetings list keeps its filters in its address: the browser's Back and a reload show the same list. */
@Tag("e2e")
@ExtendWith(RunningParley.class)
class MeetingListE2ETest {

    private static final LocatorAssertions.IsVisibleOptions VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);
    // Back and reload change the address at once; the list arrives after a server round trip, slow on a busy machine.
    private static final LocatorAssertions.HasValueOptions ARRIVED =
            new LocatorAssertions.HasValueOptions().setTimeout(30_000);
    private static final Page.WaitForURLOptions WAIT = new Page.WaitForURLOptions().setTimeout(30_000);
    private static final Page.WaitForFunctionOptions FUNCTION = new Page.WaitForFunctionOptions().setTimeout(30_000);

    @Test
    void filters_survive_opening_a_meeting_going_back_and_reloading(RunningParley parley, Page page) {
        parley.signIn(page, "planner");
        page.navigate(parley.url("/meetings"));
        Locator search = page.locator("input[placeholder^='Title, people']");
        search.fill("Munich Walsh");
        page.waitForURL(Pattern.compile(".*/meetings\\?text=Munich(\\+|%20)Walsh$"));
        Locator row = page.locator("vaadin-grid-cell-content")
                .getByText("Senior officials on the sidelines of the Munich Security Conference")
                .first();
        PlaywrightAssertions.assertThat(row).isVisible(VISIBLE);

        row.click();
        page.waitForURL(Pattern.compile(".*/meetings/\\d+$"));
        page.goBack();

        page.waitForURL(Pattern.compile(".*/meetings\\?text=Munich(\\+|%20)Walsh$"));
        PlaywrightAssertions.assertThat(search).hasValue("Munich Walsh", ARRIVED);
        PlaywrightAssertions.assertThat(row).isVisible(VISIBLE);
        PlaywrightAssertions.assertThat(page.locator("vaadin-grid-cell-content")
                        .getByText("Munich Security Conference", new Locator.GetByTextOptions().setExact(true)))
                .hasCount(0);

        page.reload();
        PlaywrightAssertions.assertThat(page.locator("input[placeholder^='Title, people']"))
                .hasValue("Munich Walsh", ARRIVED);
        PlaywrightAssertions.assertThat(row).isVisible(VISIBLE);
        assertThat(parley.cspViolations(page)).isEmpty();
    }

    @Test
    void the_place_in_a_long_list_survives_reloading_and_opening_a_meeting_and_going_back(
            RunningParley parley, Page page) {
        parley.signIn(page, "planner");
        // every meeting, the past ones and the demo's generated ones included: a list long enough to scroll
        page.navigate(parley.url("/meetings?from="));
        Locator grid = page.locator("vaadin-grid");
        PlaywrightAssertions.assertThat(page.locator("vaadin-grid-cell-content").first())
                .isVisible(VISIBLE);

        grid.evaluate("g => g.scrollToIndex(60)");
        // the router writes an empty From as "from", a typed address may say "from=": both mean "no limit"
        page.waitForURL(Pattern.compile(".*/meetings\\?from=?&row=\\d+$"), WAIT);
        int row = Integer.parseInt(page.url().replaceFirst(".*row=", ""));
        assertThat(row).isBetween(55, 65);

        page.reload();
        page.waitForURL(Pattern.compile(".*/meetings\\?from=?&row=" + row + "$"), WAIT);
        page.waitForFunction(SCROLLED_DOWN, null, FUNCTION);
        assertThat(firstRowInView(grid)).as("after a reload").isBetween(row - 2, row + 2);

        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("\\d{2}:\\d{2}")))
                .nth(3)
                .click();
        page.waitForURL(Pattern.compile(".*/meetings/\\d+$"), WAIT);
        page.goBack();
        page.waitForURL(Pattern.compile(".*/meetings\\?from=?&row=\\d+$"), WAIT);
        // the row the address had when the meeting was opened (clicking may have scrolled the list a little)
        int left = Integer.parseInt(page.url().replaceFirst(".*row=", ""));
        page.waitForFunction(SCROLLED_DOWN, null, FUNCTION);
        assertThat(firstRowInView(grid)).as("after Back").isBetween(left - 2, left + 2);
    }

    /** True once the list, which the page may still be drawing, shows a row below its first. */
    private static final String SCROLLED_DOWN =
            "() => { const grid = document.querySelector('vaadin-grid'); return !!grid && (grid._firstVisibleIndex || 0) > 0; }";

    private static int firstRowInView(Locator grid) {
        return ((Number) grid.evaluate("g => g._firstVisibleIndex")).intValue();
    }
}

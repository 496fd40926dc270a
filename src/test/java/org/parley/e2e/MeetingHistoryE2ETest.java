package org.parley.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A planner renames a demo meeting and reads the change in the meeting's History. */
@Tag("e2e")
@ExtendWith(RunningParley.class)
class MeetingHistoryE2ETest {

    private static final String RIYADH = "Russian-American talks in Riyadh";
    private static final LocatorAssertions.IsVisibleOptions VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    @Test
    void a_planner_renames_a_meeting_and_its_history_shows_who_changed_the_title_from_what_to_what(
            RunningParley parley, Page page) {
        String renamed = RIYADH + " (history " + System.currentTimeMillis() + ")";
        parley.signIn(page, "planner");
        page.navigate(parley.url("/meetings"));
        page.locator("vaadin-grid").waitFor();
        page.locator("input[placeholder^='Title, people']").fill(RIYADH);
        Locator row = page.locator("vaadin-grid-cell-content")
                .getByText(RIYADH, new Locator.GetByTextOptions().setExact(true));
        PlaywrightAssertions.assertThat(row).isVisible(VISIBLE);
        row.click();
        page.waitForURL(Pattern.compile(".*/meetings/\\d+$"));

        page.locator("#edit-meeting").click();
        page.locator("#title input").waitFor();
        page.locator("#title input").fill(renamed);
        page.locator("#save-meeting").click();
        Locator saveAnyway = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save anyway"));
        page.waitForCondition(() -> page.url().matches(".*/meetings/\\d+$") || saveAnyway.isVisible());
        if (!page.url().matches(".*/meetings/\\d+$")) {
            saveAnyway.click();
        }
        page.waitForURL(Pattern.compile(".*/meetings/\\d+$"));
        PlaywrightAssertions.assertThat(page.locator("#meeting-title")).hasText(renamed);

        PlaywrightAssertions.assertThat(page.locator("#history-entries")).hasCount(0);
        page.locator("#history vaadin-details-summary").click();

        Locator entries = page.locator("#history-entries");
        PlaywrightAssertions.assertThat(entries).isVisible(VISIBLE);
        PlaywrightAssertions.assertThat(entries.locator("p").first()).containsText("\u00b7 planner");
        PlaywrightAssertions.assertThat(entries).containsText("Title: " + RIYADH + " \u2192 " + renamed);
        // the demo planner created the meeting at start-up; the oldest entry is that creation
        PlaywrightAssertions.assertThat(entries).containsText("Agenda item added: Settlement in Ukraine");
        PlaywrightAssertions.assertThat(entries.locator("p").last()).containsText("\u00b7 planner");
        page.locator("#history").evaluate("details => details.scrollIntoView()");
        parley.screenshot(page, "meeting-history");
        org.assertj.core.api.Assertions.assertThat(parley.cspViolations(page)).isEmpty();
    }
}

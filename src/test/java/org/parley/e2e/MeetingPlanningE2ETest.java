package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A planner plans a meeting in the browser and finds it in the Meetings list. */
@Tag("e2e")
@ExtendWith(RunningParley.class)
class MeetingPlanningE2ETest {

    private static final LocatorAssertions.IsVisibleOptions VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    @Test
    void a_planner_creates_a_meeting_with_two_delegations_and_three_agenda_items_and_finds_it(
            RunningParley parley, Page page) {
        String title = "E2E consultations " + System.currentTimeMillis();
        parley.signIn(page, "planner");
        page.navigate(parley.url("/meetings/new"));
        page.locator("#title input").waitFor();

        page.locator("#title input").fill(title);
        choose(page, "#kind", "Video call");

        page.locator("#add-delegation").click();
        page.locator("#add-delegation").click();
        Locator delegations = page.locator(".parley-delegation-editor");
        PlaywrightAssertions.assertThat(delegations).hasCount(2);
        fillDelegation(page, delegations.nth(0), "Russia", "Volkov");
        fillDelegation(page, delegations.nth(1), "United States", "Grant");

        String[] items = {"Communication channels", "Unilateral sanctions", "Diplomatic missions"};
        Locator agendaTitles = page.locator("input[aria-label='Agenda item title']");
        for (int i = 0; i < items.length; i++) {
            page.locator("#add-agenda-item").click();
            PlaywrightAssertions.assertThat(agendaTitles).hasCount(i + 1);
            agendaTitles.nth(i).fill(items[i]);
        }
        PlaywrightAssertions.assertThat(page.locator("#agenda-total")).containsText("Planned 90 of 60 minutes");

        page.locator("#save-meeting").click();
        Locator saveAnyway = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save anyway"));
        page.waitForCondition(() -> page.url().matches(".*/meetings/\\d+$") || saveAnyway.isVisible());
        if (!page.url().matches(".*/meetings/\\d+$")) {
            saveAnyway.click();
        }
        page.waitForURL(Pattern.compile(".*/meetings/\\d+$"));
        PlaywrightAssertions.assertThat(page.locator("#meeting-title")).hasText(title);
        PlaywrightAssertions.assertThat(page.locator("#agenda li")).hasCount(3);
        PlaywrightAssertions.assertThat(page.locator("#time-delegations")).containsText("Moscow");
        parley.screenshot(page, "meeting-page");

        page.navigate(parley.url("/meetings"));
        page.locator("vaadin-grid").waitFor();
        page.locator("input[placeholder^='Title, people']").fill(title);
        PlaywrightAssertions.assertThat(page.locator("vaadin-grid-cell-content").getByText(title))
                .isVisible(VISIBLE);
        parley.screenshot(page, "meetings-list");
        page.locator("vaadin-grid-cell-content").getByText(title).click();
        page.waitForURL(Pattern.compile(".*/meetings/\\d+$"));
        assertThat(parley.cspViolations(page)).isEmpty();
    }

    private static void fillDelegation(Page page, Locator delegation, String country, String personSearch) {
        pickFromComboBox(page, delegation.locator("vaadin-combo-box").first(), country);
        delegation.getByText("Add member").click();
        pickFromComboBox(
                page, delegation.locator("vaadin-combo-box[placeholder='Search the directory']"), personSearch);
    }

    private static void pickFromComboBox(Page page, Locator comboBox, String text) {
        Locator input = comboBox.locator("input");
        input.click();
        input.fill(text);
        Locator option = page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first();
        option.waitFor();
        option.click();
    }

    private static void choose(Page page, String selectId, String label) {
        page.locator(selectId).click();
        Locator item = page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(label))
                .first();
        item.waitFor();
        item.click();
    }
}

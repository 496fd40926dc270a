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

/** The planner submits a draft, the approver approves it from the inbox, the planner sees the approval. */
@Tag("e2e")
@ExtendWith(RunningParley.class)
class ApprovalE2ETest {

    private static final LocatorAssertions.IsVisibleOptions VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    @Test
    void a_draft_goes_from_the_planner_to_the_approver_and_back_approved(RunningParley parley, Page page) {
        parley.signIn(page, "planner");
        page.navigate(parley.url("/meetings"));
        page.locator("input[placeholder^='Title, people']").fill("Expert meeting on");
        Locator statusSelect = page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Status"));
        statusSelect.click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("Draft"))
                .first()
                .click();
        Locator firstRow = page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Expert meeting on"))
                .first();
        firstRow.waitFor();
        String title = firstRow.innerText().trim();
        firstRow.click();
        page.waitForURL(Pattern.compile(".*/meetings/\\d+$"));
        String meetingUrl = page.url();

        page.locator("#submit-for-approval").click();
        page.locator("#approval-confirm").click();
        PlaywrightAssertions.assertThat(page.locator("#approval-summary")).containsText("Waiting for approval");
        page.locator("#sign-out").click();
        page.waitForURL(Pattern.compile(".*/login.*"));

        parley.signIn(page, "approver");
        page.navigate(parley.url("/approvals"));
        Locator link = page.locator("vaadin-grid-cell-content a").filter(new Locator.FilterOptions().setHasText(title));
        PlaywrightAssertions.assertThat(link).isVisible(VISIBLE);
        parley.screenshot(page, "approvals-inbox");
        // the inbox links to the meeting's page; followed by its address, because a click into a long, wrapped,
        // virtually scrolled grid lands on whatever row the grid has just moved under the pointer
        assertThat(parley.url("/" + link.getAttribute("href"))).isEqualTo(meetingUrl);
        page.navigate(meetingUrl);
        page.locator("#approve").click();
        page.locator("#approval-comment textarea").fill("Fine for the experts");
        page.locator("#approval-confirm").click();
        PlaywrightAssertions.assertThat(page.locator("#approval-summary")).hasText("Approved");
        page.locator("#sign-out").click();
        page.waitForURL(Pattern.compile(".*/login.*"));

        parley.signIn(page, "planner");
        page.navigate(meetingUrl);
        PlaywrightAssertions.assertThat(page.locator("#approval-summary")).hasText("Approved");
        PlaywrightAssertions.assertThat(page.locator("#approval-timeline")).containsText("Approved by approver");
        PlaywrightAssertions.assertThat(page.locator("#approval-timeline")).containsText("Fine for the experts");
        parley.screenshot(page, "approved-meeting");
        assertThat(parley.cspViolations(page)).isEmpty();
    }
}

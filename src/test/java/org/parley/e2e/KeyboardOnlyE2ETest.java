package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.e2e.Keyboard.tabTo;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A planner plans a meeting with two delegations and an agenda item and submits it, and an approver approves it, with
 * the keyboard alone: Tab, Enter, Space, the arrow keys and typing; the page is read, never clicked.
 */
@Tag("e2e")
@ExtendWith(RunningParley.class)
class KeyboardOnlyE2ETest {

    private static final LocatorAssertions.ContainsTextOptions PATIENTLY =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @Test
    void a_planner_plans_and_submits_a_meeting_and_an_approver_approves_it_without_a_mouse(
            RunningParley parley, Page page) {
        String title = "Keyboard consultations " + System.nanoTime();

        signIn(parley, page, "planner");
        // the first stop of Tab is the skip link, and it leads past the header and the navigation to the page
        page.keyboard().press("Tab");
        assertThat(Keyboard.hasFocus(page.locator("#skip-to-content")))
                .as("the first Tab stop is the skip link; focus is on %s", Keyboard.focused(page))
                .isTrue();
        PlaywrightAssertions.assertThat(page.locator("#skip-to-content")).isInViewport();
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.locator("main#main-content")).isFocused();

        tabTo(page, "vaadin-side-nav-item[path='meetings']");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/meetings([?].*)?$"));
        tabTo(page, "vaadin-button", "New meeting");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/meetings/new$"));

        tabTo(page, "#title input");
        page.keyboard().type(title);
        // a call needs no venue; the default kind (in person) would
        tabTo(page, "#kind");
        chooseInSelect(page, "Video call");
        delegation(page, 0, "Russia", "Volkov");
        delegation(page, 1, "United States", "Grant");
        tabTo(page, "#add-agenda-item");
        page.keyboard().press("Space");
        page.locator("input[aria-label='Agenda item title']").waitFor();
        tabTo(page, "input[aria-label='Agenda item title']");
        page.keyboard().type("Communication channels");

        tabTo(page, "#save-meeting");
        page.keyboard().press("Enter");
        Locator saveAnyway = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save anyway"));
        PlaywrightAssertions.assertThat(
                        page.locator("#meeting-title").or(saveAnyway).first())
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        if (saveAnyway.isVisible()) {
            // a conflict (here: outside a member's working hours): the dialog takes focus; save anyway
            tabTo(page, saveAnyway);
            page.keyboard().press("Enter");
        }
        page.waitForURL(Pattern.compile(".*/meetings/\\d+$"));
        String meetingUrl = page.url();
        PlaywrightAssertions.assertThat(page.locator("#meeting-title")).hasText(title);

        tabTo(page, "#submit-for-approval");
        page.keyboard().press("Enter");
        tabTo(page, "#approval-confirm");
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.locator("#approval-summary"))
                .containsText("Waiting for approval", PATIENTLY);
        tabTo(page, "#sign-out");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/login.*"));

        signIn(parley, page, "approver");
        tabTo(page, "vaadin-side-nav-item[path='approvals']");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/approvals$"));
        PlaywrightAssertions.assertThat(page.locator("vaadin-grid")).containsText(title, PATIENTLY);
        // into the grid, down its rows to the meeting, into the row (Enter) and along it to the meeting's link
        tabTo(page, "vaadin-grid");
        page.keyboard().press("Tab"); // from the grid's header row into its body (vaadin-grid's own order)
        Keyboard.arrowDownToRow(page, title);
        page.keyboard().press("Enter");
        tabTo(page, "a", title);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/meetings/\\d+$"));
        assertThat(page.url()).isEqualTo(meetingUrl);

        tabTo(page, "#approve");
        page.keyboard().press("Enter");
        tabTo(page, "#approval-comment textarea");
        page.keyboard().type("Agreed, by keyboard");
        tabTo(page, "#approval-confirm");
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.locator("#approval-summary")).hasText("Approved");
        PlaywrightAssertions.assertThat(page.locator("#approval-timeline")).containsText("Agreed, by keyboard");
        parley.screenshot(page, "keyboard-approved");
        assertThat(parley.cspViolations(page)).isEmpty();
    }

    /** Types the user name and password into the sign-in form and presses Enter. */
    private static void signIn(RunningParley parley, Page page, String user) {
        page.navigate(parley.url("/login")); // typing the address
        page.locator("vaadin-login-form").waitFor();
        tabTo(page, "input[name='username']");
        page.keyboard().type(user);
        page.keyboard().press("Tab");
        assertThat(Keyboard.hasFocus(page.locator("input[name='password']"))).isTrue();
        page.keyboard().type(RunningParley.DEMO_PASSWORD);
        page.keyboard().press("Enter");
        page.locator("#signed-in-user").waitFor();
    }

    /** Adds a delegation: its country and one member, each chosen from a combo box by typing, arrows and Enter. */
    private static void delegation(Page page, int index, String country, String member) {
        tabTo(page, "#add-delegation");
        page.keyboard().press("Enter");
        Locator editor = page.locator(".parley-delegation-editor").nth(index);
        editor.waitFor();
        tabTo(page, editor.locator("vaadin-combo-box input").first());
        chooseInComboBox(page, country);
        tabTo(page, editor.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Add member")));
        page.keyboard().press("Enter");
        Locator person = editor.locator("vaadin-combo-box[placeholder] input");
        person.waitFor();
        tabTo(page, person);
        chooseInComboBox(page, member);
    }

    /** Opens the focused select with Enter, moves down its items with the arrow key to the one and takes it. */
    private static void chooseInSelect(Page page, String text) {
        page.keyboard().press("Enter");
        Locator wanted =
                page.locator("vaadin-select-item[focused]").filter(new Locator.FilterOptions().setHasText(text));
        page.locator("vaadin-select-item").first().waitFor();
        for (int i = 0; i < 30 && wanted.count() == 0; i++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(wanted.count()).as("the select's item %s has focus", text).isEqualTo(1);
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.locator("vaadin-select-item").first())
                .isHidden();
    }

    private static void chooseInComboBox(Page page, String text) {
        page.keyboard().type(text);
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first()
                .waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
    }
}

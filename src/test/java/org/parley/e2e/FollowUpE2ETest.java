package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.shared.TimeLabels;

/**
 * After the demo's Foreign Ministers' call, the planner records an action item, plans a follow-up meeting from it and
 * finds that meeting in the calendar.
 */
@Tag("e2e")
@ExtendWith(RunningParley.class)
class FollowUpE2ETest {

    private static final LocatorAssertions.IsVisibleOptions VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);
    private static final DateTimeFormatter MONTH_TITLE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    /** The start as the meeting page writes it: "Your time: Wed 9 Dec 2026, 15:00–16:00 (Europe/Moscow, …)". */
    private static final Pattern START_DATE = Pattern.compile("(\\d{1,2} \\w{3} \\d{4}), \\d{2}:\\d{2}");

    @Test
    void an_action_item_of_a_past_call_becomes_a_follow_up_meeting_that_the_calendar_shows(
            RunningParley parley, Page page) {
        String action = "Exchange lists of embassy staff " + System.currentTimeMillis();
        parley.signIn(page, "planner");

        // the list opens at today; the call is in the past, so the From date is cleared in the address
        page.navigate(parley.url("/meetings?from="));
        page.locator("input[placeholder^='Title, people']").fill("Foreign Ministers");
        Locator call = page.locator("vaadin-grid-cell-content")
                .getByText("Telephone conversation between the Foreign Ministers");
        PlaywrightAssertions.assertThat(call).isVisible(VISIBLE);
        call.click();
        page.waitForURL(Pattern.compile(".*/meetings/\\d+$"));
        String callUrl = page.url();

        // the call is completed: record what someone must do by when
        page.locator("#record-outcome").click();
        page.locator("#outcome-text textarea").fill(action);
        Locator owner = page.locator("#outcome-owner input");
        owner.click();
        owner.fill("Morozova");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Elena Morozova"))
                .first()
                .click();
        // the picker's typed format follows the server JVM's default locale, which differs between machines; its
        // value property is always ISO, so the date is set there (the picker then tells the server as on a click)
        LocalDate due = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(30);
        page.locator("#outcome-due").evaluate("(picker, iso) => picker.value = iso", due.toString());
        PlaywrightAssertions.assertThat(page.locator("#outcome-due input"))
                .not()
                .hasValue("");
        page.locator("#save-outcome").click();
        Locator recorded = page.locator("li.parley-outcome").filter(new Locator.FilterOptions().setHasText(action));
        PlaywrightAssertions.assertThat(recorded).containsText("Elena Morozova, due " + TimeLabels.day(due));

        // one click opens the editor filled in from the action item; nothing is saved before Save
        recorded.locator(".plan-follow-up").click();
        page.waitForURL(Pattern.compile(".*/meetings/new\\?actionItem=\\d+$"));
        PlaywrightAssertions.assertThat(page.locator("#title input")).hasValue("Follow-up: " + action);
        // it follows a call, so the follow-up is an experts' meeting, held in person; this one meets online
        page.locator("#format").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("Virtual"))
                .click();
        page.locator("#save-meeting").click();
        Locator saveAnyway = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save anyway"));
        page.waitForCondition(() -> page.url().matches(".*/meetings/\\d+$") || saveAnyway.isVisible());
        if (!page.url().matches(".*/meetings/\\d+$")) {
            saveAnyway.click();
        }
        page.waitForURL(Pattern.compile(".*/meetings/\\d+$"));
        String followUpUrl = page.url();
        assertThat(followUpUrl).isNotEqualTo(callUrl);
        String title = "Follow-up: " + action;
        PlaywrightAssertions.assertThat(page.locator("#meeting-title")).hasText(title);
        // the planner's zone (Moscow) differs from the call's (Washington), so the page shows "Your time"
        Matcher start = START_DATE.matcher(page.locator("#time-viewer").innerText());
        assertThat(start.find())
                .as("the follow-up's start in the planner's zone")
                .isTrue();
        LocalDate day = LocalDate.parse(start.group(1), DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));

        // the calendar opens on this month in the planner's zone; step to the follow-up's month
        page.navigate(parley.url("/calendar"));
        Locator period = page.locator("#calendar-period");
        PlaywrightAssertions.assertThat(period).isVisible(VISIBLE);
        YearMonth shown = YearMonth.parse(period.innerText().trim(), MONTH_TITLE);
        YearMonth wanted = YearMonth.from(day);
        long steps = ChronoUnit.MONTHS.between(shown, wanted);
        for (long i = 0; i < Math.abs(steps); i++) {
            page.locator(steps > 0 ? "#calendar-next" : "#calendar-previous").click();
        }
        PlaywrightAssertions.assertThat(period).hasText(MONTH_TITLE.format(wanted));

        String dayLabel = day.format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH));
        Locator cell = page.locator(".parley-calendar-day[aria-label='" + dayLabel + "']");
        PlaywrightAssertions.assertThat(cell).isVisible(VISIBLE);
        Locator chip =
                page.locator("#calendar-body a.parley-chip").filter(new Locator.FilterOptions().setHasText(title));
        if (chip.count() == 0) {
            // a busy day shows its first meetings; "+N more" opens that day's week, which shows them all
            cell.locator(".parley-calendar-more").click();
            PlaywrightAssertions.assertThat(period).containsText("Week of");
        }
        PlaywrightAssertions.assertThat(chip).isVisible(VISIBLE);
        PlaywrightAssertions.assertThat(chip).hasClass(Pattern.compile(".*\\bparley-draft\\b.*"));
        // an experts' meeting, not a copy of the call it follows (issue 19)
        PlaywrightAssertions.assertThat(chip).hasAttribute("aria-label", Pattern.compile(".*, Expert meeting, Draft$"));
        parley.screenshot(page, "calendar-follow-up");

        chip.click();
        page.waitForURL(Pattern.compile(".*/meetings/\\d+$"));
        assertThat(page.url()).isEqualTo(followUpUrl);
        PlaywrightAssertions.assertThat(page.locator("#meeting-title")).hasText(title);
        // the chain on its page leads back to the call it came of
        PlaywrightAssertions.assertThat(page.locator("#meeting-chain"))
                .containsText("Telephone conversation between the Foreign Ministers");
        assertThat(parley.cspViolations(page)).isEmpty();
    }
}

package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The calendar's month in Chromium: a meeting's title runs on over the lines of its cell instead of being cut. */
@Tag("e2e")
@ExtendWith(RunningParley.class)
class CalendarE2ETest {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @Test
    void a_month_cell_shows_a_long_title_over_several_lines_not_a_few_letters(RunningParley parley, Page page)
            throws Exception {
        String token = ApiE2ETest.tokenFromProfilePage(parley, page, "planner");
        String title = "Consultations on maritime security in the Black Sea";
        // today in the planner's zone (Moscow), where the calendar opens: this month, whatever the date
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        var created =
                ApiE2ETest.send(parley, "POST", "/api/v1/meetings?acknowledgeConflicts=true", token, """
                {"title": "%s", "kind": "VIDEO_CALL", "tier": "MINISTERIAL", "format": "VIRTUAL",
                 "start": "%sT12:00", "end": "%sT13:00", "zone": "Europe/Moscow",
                 "classification": "UNCLASSIFIED", "objectives": "",
                 "delegations": [
                   {"country": "RU", "ours": true, "members": [{"person": %s, "role": "HEAD"}]},
                   {"country": "US", "ours": false, "members": [{"person": %s, "role": "HEAD"}]}],
                 "agenda": []}
                """.formatted(
                                title,
                                today,
                                today,
                                person(parley, token, "Andrei%20Volkov"),
                                person(parley, token, "Michael%20Grant")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        page.navigate(parley.url("/calendar"));
        Locator chip = page.locator(".parley-calendar-month a.parley-chip[aria-label^='" + title + "']");
        chip.waitFor();

        double lineHeight = ((Number) chip.evaluate("c => parseFloat(getComputedStyle(c).lineHeight)")).doubleValue();
        BoundingBox box = chip.boundingBox();
        assertThat(box.height).as("the chip runs over more than one line").isGreaterThan(1.5 * lineHeight);
        assertThat(chip.innerText()).as("the title's words, not a few letters").contains("Consultations on");
        parley.screenshot(page, "calendar-month");
    }

    private static String person(RunningParley parley, String token, String name) throws Exception {
        String json = ApiE2ETest.send(parley, "GET", "/api/v1/people?text=" + name, token, null)
                .body();
        Matcher id = ID.matcher(json);
        assertThat(id.find()).as(json).isTrue();
        return id.group(1);
    }
}

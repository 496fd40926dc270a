package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Media;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The meeting page in Chromium: the header card and two columns on a desktop, one column without sideways scrolling
 * on a phone, links that scroll to a section, the print style sheet, and a title too long for any line. Screenshots of
 * each land in target/e2e-screenshots (meeting-page-desktop, meeting-page-phone, meeting-page-print).
 */
@Tag("e2e")
@ExtendWith(RunningParley.class)
class MeetingPageE2ETest {

    private static final LocatorAssertions.IsVisibleOptions VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    /** Opens the demo's talks in Riyadh from the Meetings list, found by a participant's name. */
    private static void openTheRiyadhTalks(RunningParley parley, Page page) {
        page.navigate(parley.url("/meetings"));
        page.locator("vaadin-grid").waitFor();
        page.locator("input[placeholder^='Title, people']").fill("Riyadh Volkov");
        Locator row = page.locator("vaadin-grid-cell-content").getByText("Russian-American talks in Riyadh");
        PlaywrightAssertions.assertThat(row).isVisible(VISIBLE);
        row.click();
        page.waitForURL(Pattern.compile(".*/meetings/\\d+$"));
        PlaywrightAssertions.assertThat(page.locator("#meeting-title")).hasText("Russian-American talks in Riyadh");
    }

    @Test
    void the_meeting_page_has_a_header_card_two_columns_on_a_desktop_and_one_on_a_phone(
            RunningParley parley, Page page) {
        parley.signIn(page, "planner");
        openTheRiyadhTalks(parley, page);

        Locator header = page.locator("#meeting-header");
        PlaywrightAssertions.assertThat(header).containsText("Riyadh, UTC+03:00");
        PlaywrightAssertions.assertThat(page.locator("#meeting-where")).containsText("Diriyah Palace");
        PlaywrightAssertions.assertThat(page.locator("#meeting-heads"))
                .containsText("Russia: Andrei Volkov (Андрей Волков)");
        PlaywrightAssertions.assertThat(page.locator("#fact-next-step")).not().isEmpty();
        assertThat(columns(page)).as("two columns at 1280 pixels").isEqualTo(2);
        BoundingBox delegations = page.locator("#delegations").boundingBox();
        BoundingBox approval = page.locator("#approval-section").boundingBox();
        assertThat(approval.x).as("approval beside the delegations").isGreaterThan(delegations.x + delegations.width);
        parley.screenshot(page, "meeting-page-desktop");

        page.locator("#meeting-sections a").getByText("Agenda").click();
        page.waitForURL(Pattern.compile(".*/meetings/\\d+#agenda$"));
        PlaywrightAssertions.assertThat(page.locator("#meeting-title")).hasCount(1);
        PlaywrightAssertions.assertThat(page.locator("#agenda")).isInViewport();

        page.setViewportSize(390, 844);
        page.waitForCondition(() -> columns(page) == 1);
        assertThat((Boolean) page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than a phone")
                .isTrue();
        page.locator("#meeting-header").scrollIntoViewIfNeeded();
        parley.screenshot(page, "meeting-page-phone");
        assertThat(parley.cspViolations(page)).isEmpty();
    }

    @Test
    void printed_the_page_is_one_column_without_navigation_and_with_the_marking(RunningParley parley, Page page)
            throws Exception {
        parley.signIn(page, "planner");
        openTheRiyadhTalks(parley, page);

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

        PlaywrightAssertions.assertThat(page.locator("#sign-out")).not().isVisible();
        PlaywrightAssertions.assertThat(page.locator("#meeting-sections")).not().isVisible();
        assertThat(columns(page)).as("a block, not a grid").isZero();
        Path pdf = parley.screenshot(page, "meeting-page-print").resolveSibling("meeting-page-print.pdf");
        page.pdf(new Page.PdfOptions().setPath(pdf).setFormat("A4"));
        List<String> pages = textOfPages(pdf);
        assertThat(pages)
                .as("the page prints on more than one sheet")
                .hasSizeGreaterThan(1)
                .allSatisfy(text -> assertThat(text.split("CONFIDENTIAL", -1))
                        .as("the marking at top and bottom")
                        .hasSize(3));
        assertThat(pages.getFirst()).contains("Russian-American talks in Riyadh", "Heads of delegations");
    }

    /** The text of each page of a PDF, by poppler's pdftotext (installed by .ci/run). */
    private static List<String> textOfPages(Path pdf) throws Exception {
        Process pdftotext = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-")
                .redirectErrorStream(true)
                .start();
        try {
            String text = new String(pdftotext.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(pdftotext.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(pdftotext.exitValue()).as(text).isZero();
            return Arrays.stream(text.split("\f")).filter(p -> !p.isBlank()).toList();
        } finally {
            pdftotext.destroyForcibly();
        }
    }

    @Test
    void a_title_of_two_hundred_letters_without_a_space_leaves_the_header_in_place(RunningParley parley, Page page)
            throws Exception {
        String token = ApiE2ETest.tokenFromProfilePage(parley, page, "planner");
        String title = "Consultations".repeat(16).substring(0, 200);
        String volkov = firstId(ApiE2ETest.send(parley, "GET", "/api/v1/people?text=Andrei%20Volkov", token, null)
                .body());
        String grant = firstId(ApiE2ETest.send(parley, "GET", "/api/v1/people?text=Michael%20Grant", token, null)
                .body());
        var created =
                ApiE2ETest.send(parley, "POST", "/api/v1/meetings?acknowledgeConflicts=true", token, """
                {"title": "%s", "kind": "VIDEO_CALL", "tier": "MINISTERIAL", "format": "VIRTUAL",
                 "start": "2031-03-04T10:00", "end": "2031-03-04T11:00", "zone": "Europe/Moscow",
                 "classification": "UNCLASSIFIED", "objectives": "",
                 "delegations": [
                   {"country": "RU", "ours": true, "members": [{"person": %s, "role": "HEAD"}]},
                   {"country": "US", "ours": false, "members": [{"person": %s, "role": "HEAD"}]}],
                 "agenda": []}
                """.formatted(
                                title, volkov, grant));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        page.navigate(parley.url("/meetings/" + firstId(created.body())));
        PlaywrightAssertions.assertThat(page.locator("#meeting-title")).hasText(title);

        int width = page.viewportSize().width;
        for (String id : new String[] {"sign-out", "signed-in-user"}) {
            BoundingBox box = page.locator("#" + id).boundingBox();
            assertThat(box.x + box.width).as("#%s within the window", id).isLessThanOrEqualTo(width);
        }
        assertThat((Boolean) page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth"))
                .isTrue();
        parley.screenshot(page, "meeting-page-long-title");
    }

    private static String firstId(String json) {
        Matcher id = ID.matcher(json);
        assertThat(id.find()).as(json).isTrue();
        return id.group(1);
    }

    /** How many columns the meeting page's sections stand in; 0 when they are not a grid at all. */
    private static int columns(Page page) {
        Object count = page.evaluate("""
                () => {
                  const style = getComputedStyle(document.querySelector('.parley-meeting-columns'));
                  return style.display === 'grid' ? style.gridTemplateColumns.split(' ').length : 0;
                }""");
        return ((Number) count).intValue();
    }
}

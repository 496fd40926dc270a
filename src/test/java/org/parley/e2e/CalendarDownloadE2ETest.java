package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The planner opens an approved meeting of the demo and downloads its invite and a copy for their own calendar: the
 * files are written in the download request, as the signed-in user, by the packaged jar.
 */
@Tag("e2e")
@ExtendWith(RunningParley.class)
class CalendarDownloadE2ETest {

    private static final LocatorAssertions.IsVisibleOptions VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);
    private static final String TITLE = "Russian-American talks in Riyadh";

    @Test
    void the_planner_downloads_the_invite_and_a_copy_of_an_approved_meeting(RunningParley parley, Page page)
            throws IOException {
        parley.signIn(page, "planner");
        page.navigate(parley.url("/meetings"));
        page.locator("vaadin-grid").waitFor();
        page.locator("input[placeholder^='Title, people']").fill(TITLE);
        PlaywrightAssertions.assertThat(page.locator("vaadin-grid-cell-content").getByText(TITLE))
                .isVisible(VISIBLE);
        page.locator("vaadin-grid-cell-content").getByText(TITLE).click();
        page.waitForURL(Pattern.compile(".*/meetings/\\d+$"));
        String id = page.url().replaceAll(".*/meetings/", "");

        Download invite =
                page.waitForDownload(() -> page.locator("#download-invite").click());
        Download copy =
                page.waitForDownload(() -> page.locator("#add-to-calendar").click());

        assertThat(invite.suggestedFilename()).isEqualTo("parley-meeting-" + id + ".ics");
        String inviteText = Files.readString(invite.path(), StandardCharsets.UTF_8);
        assertThat(inviteText)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains(
                        "\r\nMETHOD:REQUEST\r\n",
                        "\r\nUID:meeting-" + id + "@parley.invalid\r\n",
                        "\r\nDTSTART;TZID=Asia/Riyadh:",
                        "\r\nBEGIN:VTIMEZONE\r\nTZID:Asia/Riyadh\r\n",
                        "\r\nATTENDEE;")
                .endsWith("END:VCALENDAR\r\n");
        String copyText = Files.readString(copy.path(), StandardCharsets.UTF_8);
        assertThat(copyText)
                .contains("\r\nMETHOD:PUBLISH\r\n", "\r\nSUMMARY:" + TITLE + "\r\n")
                .doesNotContain("ATTENDEE");
        parley.screenshot(page, "meeting-calendar-links");
        assertThat(parley.cspViolations(page)).isEmpty();
    }
}

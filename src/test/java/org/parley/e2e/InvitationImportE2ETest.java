package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The planner imports an invitation the Saudi foreign ministry sent from Outlook (a Windows zone name, folded lines,
 * CRLF) and lands on the new draft, with the demo's ministers as its delegations and the palace as its venue.
 */
@Tag("e2e")
@ExtendWith(RunningParley.class)
class InvitationImportE2ETest {

    private static final LocatorAssertions.IsVisibleOptions VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);
    private static final String TITLE = "Consultations on the Riyadh follow-up";

    private static final String OUTLOOK_INVITATION = String.join(
            "\r\n",
            "BEGIN:VCALENDAR",
            "METHOD:REQUEST",
            "PRODID:Microsoft Exchange Server 2010",
            "VERSION:2.0",
            "BEGIN:VTIMEZONE",
            "TZID:Arab Standard Time",
            "BEGIN:STANDARD",
            "DTSTART:16010101T000000",
            "TZOFFSETFROM:+0300",
            "TZOFFSETTO:+0300",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "ORGANIZER;CN=Faisal Al-Harbi:mailto:faisal.alharbi@sa.parley.example",
            "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andrei Volk",
            " ov:mailto:andrei.volkov@ru.parley.example",
            "DESCRIPTION;LANGUAGE=en-US:Follow-up to the talks in Riyadh.\\n\\nAgenda to f",
            " ollow.",
            "UID:040000008200E00074C5B7101A82E0080000000090E2E4B1C5A5DA010000000000000000100000",
            "SUMMARY;LANGUAGE=en-US:" + TITLE,
            "DTSTART;TZID=Arab Standard Time:20320217T140000",
            "DTEND;TZID=Arab Standard Time:20320217T160000",
            "CLASS:PUBLIC",
            "PRIORITY:5",
            "DTSTAMP:20320101T080000Z",
            "TRANSP:OPAQUE",
            "STATUS:CONFIRMED",
            "SEQUENCE:0",
            "LOCATION;LANGUAGE=en-US:Diriyah Palace\\, Riyadh",
            "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
            "END:VEVENT",
            "END:VCALENDAR",
            "");

    @Test
    void the_planner_imports_an_outlook_invitation_and_lands_on_the_new_draft(RunningParley parley, Page page)
            throws IOException {
        Path file = Files.createTempFile("invitation", ".ics");
        Files.writeString(file, OUTLOOK_INVITATION, StandardCharsets.UTF_8);
        parley.signIn(page, "planner");
        page.navigate(parley.url("/meetings"));
        page.locator("#import-invitation").click();
        page.waitForURL(Pattern.compile(".*/meetings/import$"));

        page.locator("#invitation-upload input[type=file]").setInputFiles(file);

        PlaywrightAssertions.assertThat(page.locator("#import-title"))
                .hasText(TITLE, new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        PlaywrightAssertions.assertThat(page.locator("#import-when")).containsText("Asia/Riyadh");
        PlaywrightAssertions.assertThat(page.locator("#import-where"))
                .containsText("venue in the directory: " + "Diriyah Palace");
        PlaywrightAssertions.assertThat(page.locator("#import-attendees")).containsText("Andrei Volkov");
        parley.screenshot(page, "invitation-import-preview");

        page.locator("#create-draft").click();

        page.waitForURL(Pattern.compile(".*/meetings/\\d+$"));
        PlaywrightAssertions.assertThat(page.getByText(TITLE).first()).isVisible(VISIBLE);
        PlaywrightAssertions.assertThat(page.getByText("Diriyah Palace").first())
                .isVisible(VISIBLE);
        assertThat(parley.cspViolations(page)).isEmpty();
        Files.deleteIfExists(file);
    }
}

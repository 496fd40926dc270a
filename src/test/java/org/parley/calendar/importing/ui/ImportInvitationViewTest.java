package org.parley.calendar.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.directory.PersonData;
import org.parley.directory.VenueService;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class ImportInvitationViewTest extends SpringBrowserlessTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers users;

    @Autowired
    MeetingService meetings;

    @Autowired
    VenueService venues;

    private static byte[] resource(String name) {
        try (InputStream in = ImportInvitationViewTest.class.getResourceAsStream("/ics-import/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Outlook sample on a day of its own, with two new directory people of two countries it names. */
    private byte[] outlookInvitation() {
        int n = counter.incrementAndGet();
        String ours = "view.ivanov." + n + "@parley.example";
        String theirs = "view.schmidt." + n + "@partner-ministry.example";
        directory.person(person("Ivan Viewtest " + n, "RU", ours));
        directory.person(person("Anna Viewtest " + n, "DE", theirs));
        if (users.as(
                "planner",
                () -> venues.find("Federal Foreign Office", PageRequest.of(0, 1))
                        .isEmpty())) {
            directory.venue("Federal Foreign Office", BERLIN, "Weltsaal");
        }
        String day = String.valueOf(20310000 + 100 * (1 + n % 12) + 1 + n / 12 % 28);
        return new String(resource("outlook-windows-tzid.ics"), StandardCharsets.UTF_8)
                .replace("import.ivanov@parley.example", ours)
                .replace("anna.schmidt@partner-ministry.example", theirs)
                .replace("20300610", day)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static PersonData person(String name, String country, String email) {
        return new PersonData(
                name,
                null,
                "Ministry of Foreign Affairs",
                new CountryCode(country),
                email,
                null,
                null,
                BERLIN,
                PersonData.DEFAULT_WORKDAY_START,
                PersonData.DEFAULT_WORKDAY_END,
                null);
    }

    private String line(String id) {
        return $(Paragraph.class).id(id).getElement().getTextRecursively();
    }

    private long meetingCount() {
        return users.as("planner", () -> meetings.count(MeetingFilter.all()));
    }

    private ImportInvitationView openFromTheMeetingsList() {
        UI.getCurrent().navigate("meetings");
        Button importButton = $(Button.class).id("import-invitation");
        assertThat(importButton.isVisible()).isTrue();
        test(importButton).click();
        return $(ImportInvitationView.class).single();
    }

    @Test
    @WithUserDetails("planner")
    void a_planner_uploads_an_outlook_invitation_sees_what_was_found_and_lands_on_the_new_draft() {
        long before = meetingCount();
        ImportInvitationView view = openFromTheMeetingsList();

        test(view.upload).upload("Consultations.ics", "text/calendar", outlookInvitation());

        assertThat(view.problem.isVisible()).isFalse();
        assertThat($(H3.class).id("import-title").getText()).isEqualTo("Consultations on culture");
        assertThat(line("import-when")).contains("10:00").contains("Europe/Berlin");
        assertThat(line("import-where")).contains("venue in the directory: Federal Foreign Office");
        assertThat(line("import-organiser")).contains("Anna Viewtest").contains("in the directory (DE)");
        assertThat($(UnorderedList.class).id("import-attendees").getChildren().map(c -> ((ListItem) c).getText()))
                .anyMatch(t -> t.contains("Ivan Viewtest") && t.contains("in the directory (RU)"))
                .anyMatch(t -> t.contains("nobody@elsewhere.example") && t.contains("not in the directory"));
        assertThat(view.kind.getValue()).isEqualTo(MeetingKind.MINISTERIAL_MEETING);
        assertThat(view.createDraft.isEnabled()).isTrue();
        assertThat(meetingCount()).isEqualTo(before);

        test(view.createDraft).click();

        assertThat(meetingCount()).isEqualTo(before + 1);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).matches("meetings/\\d+");
    }

    @Test
    @WithUserDetails("planner")
    void importing_the_same_invitation_twice_asks_before_double_booking_its_people() {
        byte[] invitation = outlookInvitation();
        ImportInvitationView view = openFromTheMeetingsList();
        test(view.upload).upload("first.ics", "text/calendar", invitation);
        test(view.createDraft).click();
        long afterFirst = meetingCount();

        view = openFromTheMeetingsList();
        test(view.upload).upload("again.ics", "text/calendar", invitation);
        test(view.createDraft).click();

        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(meetingCount()).isEqualTo(afterFirst);
        test(confirm).confirm();
        assertThat(meetingCount()).isEqualTo(afterFirst + 1);
    }

    @Test
    @WithUserDetails("planner")
    void a_file_that_is_not_an_invitation_says_so_and_changes_nothing() {
        long before = meetingCount();
        ImportInvitationView view = openFromTheMeetingsList();

        test(view.upload).upload("agenda.pdf.ics", "text/calendar", resource("pdf.ics"));

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText())
                .startsWith("\u201cagenda.pdf.ics\u201d cannot be imported.")
                .contains("PDF");
        assertThat(view.preview.isVisible()).isFalse();

        test(view.upload).upload("two.ics", "text/calendar", resource("two-events.ics"));
        assertThat(view.problem.getText()).contains("holds 2 events");
        assertThat(meetingCount()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("planner")
    void a_file_over_the_limit_is_refused() {
        long before = meetingCount();
        ImportInvitationView view = openFromTheMeetingsList();
        byte[] large = new String(resource("utc.ics"), StandardCharsets.UTF_8)
                .replace("SUMMARY:Call in UTC", "SUMMARY:" + "x".repeat(1024 * 1024))
                .getBytes(StandardCharsets.UTF_8);

        test(view.upload).upload("large.ics", "text/calendar", large);

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).contains("1 MB");
        assertThat(view.preview.isVisible()).isFalse();
        assertThat(meetingCount()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("planner")
    void an_invitation_that_cannot_be_saved_as_it_is_opens_prefilled_in_the_editor() {
        long before = meetingCount();
        ImportInvitationView view = openFromTheMeetingsList();

        test(view.upload).upload("mid.ics", "text/calendar", resource("cyrillic-folded.ics"));

        assertThat(view.createDraft.isEnabled()).isFalse();
        assertThat(view.draftProblems.isVisible()).isTrue();
        assertThat(view.problems()).anyMatch(p -> p.startsWith("Choose a venue for a meeting held in person"));

        view.kind.setValue(MeetingKind.PHONE_CALL);
        assertThat(view.problems())
                .noneMatch(p -> p.startsWith("Choose a venue"))
                .anyMatch(p -> p.startsWith("A meeting has at least two delegations"));

        test(view.openInEditor).click();

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("meetings/new");
        assertThat($(TextField.class).id("title").getValue()).startsWith("Консультации по вопросам");
        assertThat($(TextArea.class).all()).anyMatch(area -> area.getValue().contains("Повестка дня"));
        assertThat(meetingCount()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_is_not_offered_the_import() {
        UI.getCurrent().navigate("meetings");
        assertThat($(Button.class).withId("import-invitation").exists()).isFalse();
        assertThat($(Button.class).withText("New meeting").exists()).isFalse();
    }
}

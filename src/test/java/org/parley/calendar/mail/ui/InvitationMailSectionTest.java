package org.parley.calendar.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.approval.ApprovalService;
import org.parley.calendar.mail.InvitationMailService;
import org.parley.calendar.mail.InvitationMailStatus;
import org.parley.calendar.mail.MailServerTest;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.shared.Classification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The meeting page's "E-mail invitations" section, with a mail server (GreenMail) that can be stopped. */
@ParleyTest
class InvitationMailSectionTest extends MailServerTest {

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers users;

    @Autowired
    MeetingService meetings;

    @Autowired
    ApprovalService approvals;

    @Autowired
    InvitationMailService mail;

    @Test
    @WithUserDetails("planner")
    void a_planner_sees_to_whom_the_invitations_went() {
        MeetingId id = approved("Sent call", Classification.UNCLASSIFIED);
        receive(2);
        awaitAll(id, InvitationMailStatus.SENT);

        UI.getCurrent().navigate("meetings/" + id);

        assertThat($(Paragraph.class).id("mail-state").getText())
                .isEqualTo("Invitations are e-mailed when the meeting is approved, changed or cancelled.");
        Grid<?> grid = $(Grid.class).id("mail-messages");
        assertThat(test(grid).size()).isEqualTo(2);
        for (int row = 0; row < 2; row++) {
            assertThat(test(grid).getCellText(row, 0)).matches(".* <(ru|us)\\d+@(mid|state)\\.example>");
            assertThat(test(grid).getCellText(row, 1)).startsWith("Invitation, sequence ");
            assertThat(test(grid).getCellText(row, 2)).startsWith("Sent ");
        }
        assertThat($(Button.class).withId("retry-failed-mail").exists()).isFalse();
    }

    @Test
    @WithUserDetails("planner")
    void a_planner_sees_why_invitations_failed_and_sends_them_again() {
        stopSmtp();
        MeetingId id = approved("Failed call", Classification.UNCLASSIFIED);
        awaitAll(id, InvitationMailStatus.FAILED);

        UI.getCurrent().navigate("meetings/" + id);
        Grid<?> grid = $(Grid.class).id("mail-messages");
        assertThat(test(grid).getCellText(0, 2))
                .startsWith("Failed after 1 attempt: ")
                .contains("; next attempt ");

        startSmtp();
        test($(Button.class).id("retry-failed-mail")).click();

        assertThat(receive(2)).hasSize(2);
        awaitAll(id, InvitationMailStatus.SENT);
    }

    @Test
    @WithUserDetails("approver")
    void an_approver_sees_the_section_without_the_retry() {
        stopSmtp();
        MeetingId id = approved("Approver's view", Classification.UNCLASSIFIED);
        awaitAll(id, InvitationMailStatus.FAILED);

        UI.getCurrent().navigate("meetings/" + id);

        assertThat(test($(Grid.class).id("mail-messages")).size()).isEqualTo(2);
        assertThat($(Button.class).withId("retry-failed-mail").exists()).isFalse();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_does_not_see_the_section() {
        MeetingId id = approved("Viewer's view", Classification.UNCLASSIFIED);

        UI.getCurrent().navigate("meetings/" + id);

        assertThat($(VerticalLayout.class).withId("mail-section").exists()).isFalse();
        assertThat($(Paragraph.class).withId("mail-state").exists()).isFalse();
    }

    @Test
    @WithUserDetails("planner")
    void a_classified_meeting_says_why_nothing_was_e_mailed() {
        MeetingId id = approved("Restricted call", Classification.RESTRICTED);

        UI.getCurrent().navigate("meetings/" + id);

        assertThat($(Paragraph.class).id("mail-state").getText())
                .startsWith("This meeting is classified above unclassified, so its invitations are not e-mailed");
        assertThat($(Grid.class).withId("mail-messages").exists()).isFalse();
    }

    private void awaitAll(MeetingId id, InvitationMailStatus status) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                users.as("planner", () -> mail.overview(id)).messages())
                        .isNotEmpty()
                        .allSatisfy(m -> assertThat(m.status()).isEqualTo(status)));
    }

    private MeetingId approved(String title, Classification classification) {
        return new ApprovedCalls(directory, users, meetings, approvals, "Mail", "", 2600)
                .approved(title, classification);
    }
}

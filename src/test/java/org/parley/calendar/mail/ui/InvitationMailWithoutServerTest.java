package org.parley.calendar.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.approval.ApprovalService;
import org.parley.calendar.mail.InvitationMailOverview;
import org.parley.calendar.mail.InvitationMailService;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.shared.Classification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Without {@code spring.mail.host} (the tests' usual context), nothing is queued or sent, and the page says so. */
@ParleyTest
class InvitationMailWithoutServerTest extends SpringBrowserlessTest {

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
    void without_a_mail_server_an_approval_queues_nothing_and_the_page_says_e_mail_is_not_configured() {
        MeetingId id = approved("Unsent call");

        InvitationMailOverview overview = users.as("planner", () -> mail.overview(id));
        assertThat(overview.mode()).isEqualTo(InvitationMailOverview.Mode.NOT_CONFIGURED);
        assertThat(overview.messages()).isEmpty();
        users.as("planner", () -> approvals.cancel(id, "Not needed"));
        assertThat(users.as("planner", () -> mail.overview(id)).messages()).isEmpty();

        UI.getCurrent().navigate("meetings/" + id);

        assertThat($(Paragraph.class).id("mail-state").getText())
                .isEqualTo("E-mail is not configured: no invitations are sent.");
        assertThat($(Grid.class).withId("mail-messages").exists()).isFalse();
        assertThat($(Button.class).withId("retry-failed-mail").exists()).isFalse();
        assertThat(users.as("planner", () -> mail.retryFailed(id))).isZero();
    }

    private MeetingId approved(String title) {
        return new ApprovedCalls(directory, users, meetings, approvals, "No mail", "nomail-", 2700)
                .approved(title, Classification.UNCLASSIFIED);
    }
}

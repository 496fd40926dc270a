package org.parley.participation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.participation.Participants.RU;
import static org.parley.participation.Participants.US;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.participation.CounterProposal;
import org.parley.participation.CounterProposalService;
import org.parley.participation.Participants;
import org.parley.participation.Participants.Participant;
import org.parley.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The planner reads a proposed time on the meeting page and takes it, hearing first that it goes back to approval. */
@ParleyTest
class CounterProposalsSectionTest extends SpringBrowserlessTest {

    @Autowired
    Participants participants;

    @Autowired
    MeetingService meetings;

    @Autowired
    CounterProposalService proposals;

    @Autowired
    TestUsers users;

    @Test
    @WithUserDetails("planner")
    void the_planner_takes_a_proposed_time_after_confirming_the_new_approval() {
        Participant ours = participants.participant("Pavel Orlov", RU);
        Participant theirs = participants.participant("Robert Hale", US);
        MeetingId id = participants.approvedCall("Proposal on the page", ours, theirs);
        MeetingDetails before = meetings.get(id);
        CounterProposal proposal = SystemTask.runAsSystem(() -> proposals.proposeFromCalendar(
                id,
                theirs.person().id(),
                before.start().plus(Duration.ofHours(2)),
                before.end().plus(Duration.ofHours(2)),
                "Our minister lands at nine"));

        UI.getCurrent().navigate("meetings/" + id);
        assertThat($(UnorderedList.class).id("proposals-open").getElement().getTextRecursively())
                .contains("Robert Hale", "Our minister lands at nine", "an e-mail from their calendar");

        test($(Button.class).id("proposal-take-" + proposal.id().value())).click();
        ConfirmDialog asked = $(ConfirmDialog.class).id("proposal-reapproval");
        assertThat(asked.isOpened()).isTrue();
        assertThat(meetings.get(id).start()).isEqualTo(before.start());

        test(asked).confirm();

        MeetingDetails moved = meetings.get(id);
        assertThat(moved.start()).isEqualTo(before.start().plus(Duration.ofHours(2)));
        assertThat(moved.status()).isEqualTo(MeetingStatus.PENDING_APPROVAL);
        assertThat($(Span.class).id("proposals-none").getText()).isEqualTo("Nobody has proposed another time.");
    }
}

package org.parley.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.MutableClock;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.approval.ApprovalService;
import org.parley.directory.Person;
import org.parley.followup.ActionStatus;
import org.parley.followup.FollowUpService;
import org.parley.followup.OutcomeData;
import org.parley.followup.OutcomeKind;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingRef;
import org.parley.meeting.MeetingService;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class OutcomesViewsTest extends SpringBrowserlessTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers users;

    @Autowired
    MeetingService meetings;

    @Autowired
    ApprovalService approvals;

    @Autowired
    FollowUpService followUps;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private MeetingId completedCall(String title) {
        Person a = directory.person(title + " A", new CountryCode("RU"), MOSCOW);
        Person b = directory.person(title + " B", new CountryCode("US"), ZoneId.of("America/New_York"));
        LocalDateTime start = LocalDateTime.of(2020, 2, 18, 15, 0);
        MeetingId id = users.as(
                "planner",
                () -> meetings.create(
                                MeetingDataBuilder.meeting(title)
                                        .kind(MeetingKind.PHONE_CALL)
                                        .at(start, start.plusHours(1), MOSCOW)
                                        .headedBy(new CountryCode("RU"), a.id(), new CountryCode("US"), b.id())
                                        .build(),
                                true)
                        .id());
        users.as("planner", () -> approvals.submit(id, null));
        users.as("approver", () -> approvals.approve(id, 1, null));
        users.as("planner", () -> approvals.complete(id));
        users.as(
                "planner",
                () -> followUps.record(
                        id,
                        new OutcomeData(
                                OutcomeKind.ACTION_ITEM,
                                title + ": convene experts",
                                null,
                                a.id(),
                                null,
                                LocalDate.of(2020, 3, 1))));
        return id;
    }

    @Test
    @WithUserDetails("viewer")
    void the_action_items_list_shows_overdue_items_of_meetings_the_viewer_may_see() {
        completedCall("Actions view probe");
        ActionsView view = navigate(ActionsView.class);

        test(view.owner).setValue("Actions view probe A");

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).text()).isEqualTo("Actions view probe: convene experts");
        view.status.setValue(ActionStatus.DONE);
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    @WithUserDetails("planner")
    void plan_follow_up_opens_the_editor_filled_in_and_cancel_leaves_no_draft_behind() {
        MeetingId call = completedCall("Follow-up cancel probe");
        UI.getCurrent().navigate("meetings/" + call);

        test($(Button.class).withClassName("plan-follow-up").first()).click();

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("meetings/new");
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("actionItem"))
                .isPresent();
        assertThat($(TextField.class).id("title").getValue())
                .isEqualTo("Follow-up: Follow-up cancel probe: convene experts");
        assertThat(chainAfter(call)).as("nothing saved before Save").isEmpty();

        test($(Button.class).withText("Cancel").first()).click();

        assertThat(chainAfter(call)).isEmpty();
        assertThat(followUps.outcomesOf(call).getFirst().followUp()).isNull();
    }

    @Test
    @WithUserDetails("planner")
    void a_follow_up_planned_from_an_action_item_is_saved_and_linked_on_save() {
        MeetingId call = completedCall("Follow-up save probe");
        UI.getCurrent().navigate("meetings/" + call);
        test($(Button.class).withClassName("plan-follow-up").first()).click();
        // "convene experts": an expert meeting, held in person, so it needs a venue the call did not have
        assertThat($(Select.class).id("kind").getValue()).isEqualTo(MeetingKind.EXPERT_MEETING);
        $(Select.class).id("format").setValue(MeetingFormat.VIRTUAL);

        test($(Button.class).id("save-meeting")).click();
        $(ConfirmDialog.class).all().stream()
                .filter(ConfirmDialog::isOpened)
                .findFirst()
                .ifPresent(busy -> test(busy).confirm());

        List<MeetingRef> chain = chainAfter(call);
        assertThat(chain).hasSize(1);
        assertThat(followUps.outcomesOf(call).getFirst().followUp())
                .isEqualTo(chain.getFirst().id());
        assertThat(UI.getCurrent().getActiveViewLocation().getPath())
                .isEqualTo("meetings/" + chain.getFirst().id());
    }

    private List<MeetingRef> chainAfter(MeetingId meeting) {
        return meetings.chain(meeting).cameOf();
    }
}

package org.parley.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
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
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberRole;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class OutcomesViewsTest extends SpringBrowserlessTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Autowired DirectoryFixture directory;
    @Autowired TestUsers users;
    @Autowired MeetingService meetings;
    @Autowired ApprovalService approvals;
    @Autowired FollowUpService followUps;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private MeetingId completedCall(String title) {
        Person a = directory.person(title + " A", new CountryCode("RU"), MOSCOW);
        Person b = directory.person(title + " B", new CountryCode("US"), ZoneId.of("America/New_York"));
        LocalDateTime start = LocalDateTime.of(2020, 2, 18, 15, 0);
        MeetingId id = users.as("planner", () -> meetings.create(new MeetingData(title, MeetingKind.PHONE_CALL,
                MeetingKind.PHONE_CALL.defaultTier(), MeetingFormat.PHONE, start, start.plusHours(1), MOSCOW, null,
                null, null, null, Classification.UNCLASSIFIED, "", null, null,
                List.of(new DelegationData(new CountryCode("RU"), null, true, List.of(new MemberData(a.id(), MemberRole.HEAD))),
                        new DelegationData(new CountryCode("US"), null, false, List.of(new MemberData(b.id(), MemberRole.HEAD)))),
                List.of()), true).id());
        users.as("planner", () -> approvals.submit(id, null));
        users.as("approver", () -> approvals.approve(id, 1, null));
        users.as("planner", () -> approvals.complete(id));
        users.as("planner", () -> followUps.record(id, new OutcomeData(OutcomeKind.ACTION_ITEM,
                title + ": convene experts", null, a.id(), null, LocalDate.of(2020, 3, 1))));
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
    void plan_follow_up_on_the_meeting_page_opens_the_new_draft_in_the_editor() {
        MeetingId call = completedCall("Follow-up button probe");
        UI.getCurrent().navigate("meetings/" + call);

        Button plan = $(Button.class).withClassName("plan-follow-up").first();
        test(plan).click();

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).matches("meetings/\\d+/edit");
        assertThat(followUps.outcomesOf(call).getFirst().followUp()).isNotNull();
    }
}

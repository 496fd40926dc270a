package org.parley.demo;

import java.util.List;
import java.util.function.Supplier;
import org.parley.approval.ApprovalService;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.security.SystemTask;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Takes the scenario through its approvals as the demo users would: the past calls approved, completed and with
 * outcomes, the conference and Riyadh approved, the experts' meeting waiting for the approver, the summit waiting for
 * its second (senior) approval, one meeting rejected and one cancelled.
 */
final class DemoApprovals {

    private final ApprovalService approvals;
    private final MeetingService meetings;
    private final UserDetailsService users;

    DemoApprovals(ApprovalService approvals, MeetingService meetings, UserDetailsService users) {
        this.approvals = approvals;
        this.meetings = meetings;
        this.users = users;
    }

    void run(DemoMeetings demo) {
        submitAndApprove(demo.presidentsCall, "approver", "senior");
        completeWithOutcomes(demo.presidentsCall, List.of(
                "Agreed that relations need repair and that teams start work without delay",
                "Agreed to begin work towards a settlement",
                "Exchanged views; to be taken up by the Foreign Ministers"));
        submitAndApprove(demo.ministersCall, "approver");
        completeWithOutcomes(demo.ministersCall, List.of(
                "Agreed to keep channels of communication open",
                "Noted; to be discussed further",
                "Exchanged views",
                "Exchanged views",
                "Agreed to convene experts soon to remove obstacles to the embassies' work"));
        submitAndApprove(demo.conference, "approver2");
        submitAndApprove(demo.sideline, "approver");
        submitAndApprove(demo.riyadh, "approver");
        as("planner", () -> approvals.submit(demo.experts, "Follow-up of the Foreign Ministers' call"));
        as("planner", () -> approvals.submit(demo.summit, "Dates agreed in principle in Riyadh"));
        as("approver", () -> approvals.approve(demo.summit, 1, "Agreed; the senior approver decides the second"));

        List<MeetingId> generated = as("planner", () -> meetings.find(
                new MeetingFilter("Working group", null, null, MeetingStatus.DRAFT, null, null, null, null),
                PageRequest.of(0, 2)).getContent().stream().map(m -> m.id()).toList());
        if (generated.size() == 2) {
            MeetingId rejected = generated.get(0);
            as("planner", () -> approvals.submit(rejected, null));
            as("approver2", () -> approvals.reject(rejected, 1,
                    "Please move it to after the Riyadh talks and add an interpreter"));
            as("planner", () -> approvals.cancel(generated.get(1), "The other side's delegation cannot travel"));
        }
    }

    private void submitAndApprove(MeetingId id, String... approvers) {
        as("planner", () -> approvals.submit(id, null));
        for (String approver : approvers) {
            as(approver, () -> approvals.approve(id, 1, null));
        }
    }

    private void completeWithOutcomes(MeetingId id, List<String> outcomes) {
        as("planner", () -> approvals.complete(id));
        MeetingDetails meeting = as("planner", () -> meetings.get(id));
        as("planner", () -> meetings.recordOutcomes(id, outcomes.subList(0, meeting.agenda().size())));
    }

    private <T> T as(String username, Supplier<T> work) {
        return SystemTask.runAs(users.loadUserByUsername(username), work);
    }
}

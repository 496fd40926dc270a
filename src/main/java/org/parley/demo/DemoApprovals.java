package org.parley.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.parley.approval.ApprovalService;
import org.parley.followup.FollowUpService;
import org.parley.followup.OutcomeData;
import org.parley.followup.OutcomeKind;
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
    private final FollowUpService followUps;
    private final UserDetailsService users;

    DemoApprovals(
            ApprovalService approvals, MeetingService meetings, FollowUpService followUps, UserDetailsService users) {
        this.approvals = approvals;
        this.meetings = meetings;
        this.followUps = followUps;
        this.users = users;
    }

    void run(DemoMeetings demo) {
        submitAndApprove(demo.presidentsCall, "approver", "senior");
        completeWithOutcomes(
                demo.presidentsCall,
                List.of(
                        "Agreed that relations need repair and that teams start work without delay",
                        "Agreed to begin work towards a settlement",
                        "Exchanged views; to be taken up by the Foreign Ministers"));
        submitAndApprove(demo.ministersCall, "approver");
        completeWithOutcomes(
                demo.ministersCall,
                List.of(
                        "Agreed to keep channels of communication open",
                        "Noted; to be discussed further",
                        "Exchanged views",
                        "Exchanged views",
                        "Agreed to convene experts soon to remove obstacles to the embassies' work"));
        recordDecisions(demo);
        submitAndApprove(demo.conference, "approver2");
        submitAndApprove(demo.sideline, "approver");
        submitAndApprove(demo.riyadh, "approver");
        as("planner", () -> approvals.submit(demo.experts, "Follow-up of the Foreign Ministers' call"));
        // the summit carries a parity warning (Saudi Arabia sends its Foreign Minister): its justification, docs/0023
        as(
                "planner",
                () -> approvals.submit(
                        demo.summit,
                        "Dates agreed in principle in Riyadh. Saudi Arabia is"
                                + " represented by its Foreign Minister on the Crown Prince's behalf, as the Royal Court confirmed;"
                                + " protocol accepts the difference in rank for the host's delegation."));
        as("approver", () -> approvals.approve(demo.summit, 1, "Agreed; the senior approver decides the second"));

        List<MeetingId> generated = as(
                "planner",
                () -> meetings
                        .find(
                                new MeetingFilter(
                                        "Working group", null, null, MeetingStatus.DRAFT, null, null, null, null),
                                PageRequest.of(0, 2))
                        .getContent()
                        .stream()
                        .map(m -> m.id())
                        .toList());
        if (generated.size() == 2) {
            MeetingId rejected = generated.get(0);
            as("planner", () -> approvals.submit(rejected, null));
            as(
                    "approver2",
                    () -> approvals.reject(
                            rejected, 1, "Please move it to after the Riyadh talks and add an interpreter"));
            as("planner", () -> approvals.cancel(generated.get(1), "The other side's delegation cannot travel"));
        }
    }

    /** What the ministers asked to be done, as action items with owners and due dates. */
    private void recordDecisions(DemoMeetings demo) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
        as(
                "planner",
                () -> followUps.record(
                        demo.ministersCall,
                        new OutcomeData(
                                OutcomeKind.ACTION_ITEM,
                                "Convene experts soon to remove obstacles to the work of the embassies",
                                4,
                                demo.directorId(),
                                null,
                                today.plusDays(20))));
        as(
                "planner",
                () -> followUps.record(
                        demo.ministersCall,
                        new OutcomeData(
                                OutcomeKind.ACTION_ITEM,
                                "Prepare a summit of the Presidents",
                                null,
                                demo.ministerId(),
                                null,
                                today.plusDays(45))));
        as(
                "planner",
                () -> followUps.record(
                        demo.presidentsCall,
                        new OutcomeData(
                                OutcomeKind.ACTION_ITEM,
                                "Brief the Foreign Minister before his call",
                                null,
                                demo.directorId(),
                                null,
                                today.minusDays(3))));
    }

    private void submitAndApprove(MeetingId id, String... approvers) {
        as("planner", () -> approvals.submit(id, null));
        for (String approver : approvers) {
            as(approver, () -> approvals.approve(id, 1, null));
        }
    }

    /** Completes a meeting and records what came of its agenda items, item by item, as decisions. */
    private void completeWithOutcomes(MeetingId id, List<String> outcomes) {
        as("planner", () -> approvals.complete(id));
        MeetingDetails meeting = as("planner", () -> meetings.get(id));
        for (int i = 0; i < Math.min(outcomes.size(), meeting.agenda().size()); i++) {
            OutcomeData decision = new OutcomeData(OutcomeKind.DECISION, outcomes.get(i), i, null, null, null);
            as("planner", () -> followUps.record(id, decision));
        }
    }

    private <T> T as(String username, Supplier<T> work) {
        return SystemTask.runAs(users.loadUserByUsername(username), work);
    }
}

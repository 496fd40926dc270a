package org.parley.approval.ui;

import java.time.Clock;
import java.util.List;
import org.parley.approval.ApprovalService;
import org.parley.approval.ApprovalState;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.shared.ui.MeetingHeaderFacts;
import org.springframework.stereotype.Component;

/** The approval state and the next step, for the header card of a meeting's page. */
@Component
class ApprovalFacts implements MeetingHeaderFacts {

    private final ApprovalService approvals;
    private final MeetingService meetings;
    private final Clock clock;

    ApprovalFacts(ApprovalService approvals, MeetingService meetings, Clock clock) {
        this.approvals = approvals;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Fact> facts(long meetingId) {
        MeetingId id = new MeetingId(meetingId);
        ApprovalState state = approvals.state(id);
        return List.of(
                new Fact("fact-approval", "Approval", ApprovalSection.summary(state)),
                new Fact("fact-next-step", "Next step", nextStep(state, id)));
    }

    /** What has to happen next, and by whom, said so that it fits whoever reads the page. */
    private String nextStep(ApprovalState state, MeetingId id) {
        return switch (state.status()) {
            case DRAFT -> "Submit it for approval";
            case PENDING_APPROVAL ->
                state.callerMayApprove()
                        ? "Yours: approve or reject it"
                        : state.seniorNeeded() ? "Waiting for a senior approver" : "Waiting for an approver";
            case APPROVED ->
                clock.instant().isBefore(meetings.get(id).end())
                        ? "Invite the participants; nothing else until it takes place"
                        : "Mark it as completed, then record what came of it";
            case COMPLETED -> "Record its decisions and action items, and plan follow-ups";
            case REJECTED -> "Change it as the approvers asked and submit it again";
            case POSTPONED -> "Back to planning once a new date is found";
            case CANCELLED -> "None: it is cancelled";
        };
    }
}

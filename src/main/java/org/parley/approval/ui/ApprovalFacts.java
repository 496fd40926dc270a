package org.parley.approval.ui;

import static org.parley.approval.ui.ApprovalTexts.text;

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
                new Fact("fact-approval", text("approval.section.title"), ApprovalSection.summary(state)),
                new Fact("fact-next-step", text("approval.next.title"), nextStep(state, id)));
    }

    /** What has to happen next, and by whom, said so that it fits whoever reads the page. */
    private String nextStep(ApprovalState state, MeetingId id) {
        return text(
                switch (state.status()) {
                    case DRAFT -> "approval.next.submit";
                    case PENDING_APPROVAL ->
                        state.callerMayApprove()
                                ? "approval.next.decide"
                                : state.seniorNeeded() ? "approval.next.waitSenior" : "approval.next.wait";
                    case APPROVED ->
                        clock.instant().isBefore(meetings.get(id).end())
                                ? "approval.next.invite"
                                : "approval.next.complete";
                    case COMPLETED -> "approval.next.outcomes";
                    case REJECTED -> "approval.next.change";
                    case POSTPONED -> "approval.next.reschedule";
                    case CANCELLED -> "approval.next.none";
                });
    }
}

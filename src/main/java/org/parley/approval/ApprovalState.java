package org.parley.approval;

import java.util.List;
import java.util.Optional;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingStatus;

/**
 * Where a meeting stands with its approvers, and what the caller may do about it.
 *
 * @param round the current approval round (0 before the first submission)
 * @param approvalsGiven approvals in the current round
 * @param approvalsNeeded approvals the meeting's tier needs
 * @param seniorNeeded whether one of them must come from a senior approver and none has yet
 * @param whyCallerCannotDecide empty when the caller may approve or reject now
 * @param whyCallerCannotApprove empty when the caller may approve now (a non-senior approver may reject a meeting
 *     whose last approval must come from a senior approver, but not approve it)
 */
public record ApprovalState(
        MeetingId meeting,
        MeetingStatus status,
        int round,
        int approvalsGiven,
        int approvalsNeeded,
        boolean seniorNeeded,
        Optional<String> whyCallerCannotDecide,
        Optional<String> whyCallerCannotApprove,
        List<TimelineStep> timeline) {

    public boolean callerMayDecide() {
        return whyCallerCannotDecide.isEmpty();
    }

    public boolean callerMayApprove() {
        return whyCallerCannotApprove.isEmpty();
    }
}

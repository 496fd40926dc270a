package org.parley.approval;

import java.time.Instant;
import java.util.Optional;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.Tier;
import org.parley.shared.Classification;

/**
 * A meeting waiting in an approver's inbox.
 *
 * @param whyCallerCannotApprove empty when the caller may approve it; they may always reject it
 */
public record ApprovalRequest(
        MeetingId meeting,
        String title,
        MeetingKind kind,
        Tier tier,
        Classification classification,
        Instant start,
        Instant end,
        String submittedBy,
        Instant submittedAt,
        int round,
        int approvalsGiven,
        int approvalsNeeded,
        Optional<String> whyCallerCannotApprove) {

    public boolean callerMayApprove() {
        return whyCallerCannotApprove.isEmpty();
    }
}

package org.parley.approval;

import java.time.Instant;
import java.time.ZoneId;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.Tier;
import org.parley.shared.Classification;

/** A meeting waiting in an approver's inbox. */
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
        int approvalsNeeded) {}

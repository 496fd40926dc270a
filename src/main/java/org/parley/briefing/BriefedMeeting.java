package org.parley.briefing;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.followup.Outcome;
import org.parley.meeting.DelegationDetails;
import org.parley.meeting.MeetingDetails;
import org.parley.protocol.Interpretation;
import org.parley.protocol.ParityWarning;

/**
 * One meeting of a briefing note with what the note says about it, read before rendering starts.
 *
 * @param delegations the meeting's delegations in precedence order
 * @param justification what the planner wrote when submitting, which justifies a parity warning
 * @param decisions the latest decisions of this meeting and of the meetings that led to it
 */
record BriefedMeeting(
        MeetingDetails meeting,
        List<DelegationDetails> delegations,
        List<ParityWarning> parity,
        @Nullable String justification,
        Interpretation interpretation,
        List<Outcome> decisions) {}

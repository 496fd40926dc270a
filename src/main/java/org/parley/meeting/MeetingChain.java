package org.parley.meeting;

import java.util.List;

/**
 * Where a meeting stands in a chain of follow-ups: the meetings that led to it (oldest first) and those planned as
 * its follow-ups (and theirs), as far as the viewer may see them.
 */
public record MeetingChain(List<MeetingRef> ledTo, MeetingRef meeting, List<MeetingRef> cameOf) {}

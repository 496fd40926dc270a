package org.parley.shared.ui;

import java.util.List;

/**
 * Lines of the meeting page's header card that another feature knows: the approval state and the next step. As a
 * Spring bean, like {@link MeetingSection}, so that the meeting feature shows them without knowing that feature.
 */
public interface MeetingHeaderFacts {

    /** One line of the header: "Approval: 1 of 2 approvals". */
    record Fact(String id, String label, String value) {}

    /** Facts are shown in ascending order, after the meeting's own (when, where, who). */
    int order();

    /** @param meetingId the meeting shown (already checked to be visible to the user) */
    List<Fact> facts(long meetingId);
}

package org.parley.followup;

import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingDraftSource;
import org.springframework.stereotype.Component;

/** Lets the meeting editor plan a follow-up from a decision or action item ({@code meetings/new?actionItem=<id>}). */
@Component
class ActionItemDrafts implements MeetingDraftSource {

    private final FollowUpService followUps;

    ActionItemDrafts(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public String name() {
        return FollowUpService.ACTION_ITEM_SOURCE;
    }

    @Override
    public MeetingData draft(long id) {
        return followUps.followUpDraft(id);
    }

    @Override
    public MeetingDetails create(long id, MeetingData data, boolean acknowledgeConflicts) {
        return followUps.planFollowUp(id, data, acknowledgeConflicts);
    }
}

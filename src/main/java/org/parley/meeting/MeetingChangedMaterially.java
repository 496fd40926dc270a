package org.parley.meeting;

import java.util.List;

/**
 * Published when a change to a pending or approved meeting touched what approvers approved (time, place,
 * classification, heads of delegation, delegations): its approvals no longer hold.
 */
public record MeetingChangedMaterially(
        MeetingId meeting, String title, MeetingStatus previousStatus, List<String> changedFields, String actor) {}

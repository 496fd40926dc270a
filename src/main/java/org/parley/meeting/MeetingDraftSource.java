package org.parley.meeting;

/**
 * Something another feature plans new meetings from (an action item), without this feature knowing it: the editor
 * opens at {@code meetings/new?<name>=<id>}, fills the form from {@link #draft} and, only when the planner saves,
 * saves through {@link #create}, so that the meeting and its link to where it came from are saved together. Cancel
 * leaves nothing behind. Implementations authorise through their feature's service.
 */
public interface MeetingDraftSource {

    /** The query parameter that names this source in the editor's address, such as {@code actionItem}. */
    String name();

    /** The new meeting as it starts, for the planner to complete; nothing is saved. */
    MeetingData draft(long id);

    /** Saves the planner's version as a draft meeting and links it to its source, in one transaction. */
    MeetingDetails create(long id, MeetingData data, boolean acknowledgeConflicts);
}

package org.parley.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the meeting page that another feature contributes (approvals, calendar invites), as a Spring bean. The
 * meeting feature shows these without knowing them, so features that build on meetings stay out of its way.
 */
public interface MeetingSection {

    /** Where a section goes on a wide screen; on a narrow one the main column comes first, then the side. */
    enum Column {
        /** Beside the delegations and the agenda: what the meeting is about. */
        MAIN,
        /** The second column: approval, calendar, e-mail, the chain, the history. */
        SIDE
    }

    /** Sections are shown in ascending order, after the meeting's own header and times. */
    int order();

    default Column column() {
        return Column.SIDE;
    }

    /**
     * @param meetingId the meeting shown (already checked to be visible to the user)
     * @param refreshPage re-reads and redraws the whole page, after an action changed the meeting
     */
    Component create(long meetingId, Runnable refreshPage);
}

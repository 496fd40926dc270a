package org.parley.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the meeting page that another feature contributes (approvals, calendar invites), as a Spring bean. The
 * meeting feature shows these without knowing them, so features that build on meetings stay out of its way.
 */
public interface MeetingSection {

    /** Sections are shown in ascending order, after the meeting's own header and times. */
    int order();

    /**
     * @param meetingId the meeting shown (already checked to be visible to the user)
     * @param refreshPage re-reads and redraws the whole page, after an action changed the meeting
     */
    Component create(long meetingId, Runnable refreshPage);
}

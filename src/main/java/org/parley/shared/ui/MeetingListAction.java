package org.parley.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A button of the Meetings list that another feature contributes (importing an invitation), as a Spring bean, like
 * {@link MeetingSection}: the feature builds on meetings, so the meeting feature offers it without knowing it.
 */
public interface MeetingListAction {

    /** Actions are shown in ascending order, after the list's own "New meeting". */
    int order();

    /** The button for the signed-in user, or nothing when they may not use it. */
    Optional<Component> create();
}

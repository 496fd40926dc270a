package org.parley.followup.ui;

import com.vaadin.flow.router.RouterLink;
import org.springframework.modulith.NamedInterface;

/**
 * The only way into the action items' views from elsewhere, built from the view's class rather than from a string, as
 * {@code MeetingsNavigation} is for meetings. The address stays {@code /actions}.
 */
@NamedInterface("navigation")
public final class ActionsNavigation {

    private ActionsNavigation() {}

    /** A link to the list of action items. */
    public static RouterLink linkToList(String text) {
        return new RouterLink(text, ActionsView.class);
    }
}

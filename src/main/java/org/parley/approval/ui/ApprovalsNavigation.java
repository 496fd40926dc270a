package org.parley.approval.ui;

import com.vaadin.flow.router.RouterLink;
import org.springframework.modulith.NamedInterface;

/**
 * The only way into the approvals' views from elsewhere, built from the view's class rather than from a string, as
 * {@code MeetingsNavigation} is for meetings. The address stays {@code /approvals}.
 */
@NamedInterface("navigation")
public final class ApprovalsNavigation {

    private ApprovalsNavigation() {}

    /** A link to the approvals inbox. */
    public static RouterLink linkToInbox(String text) {
        return new RouterLink(text, ApprovalsView.class);
    }
}

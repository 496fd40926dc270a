package org.parley.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows in the header for the signed-in user (the approvals count, the notification bell).
 * Features provide these as Spring beans, so the shared layout needs to know none of them.
 */
public interface NavigationBadge {
    Component create();
}

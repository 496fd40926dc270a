package org.parley.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * A number shown next to a navigation entry (what waits in the approvals inbox), provided by a feature as a Spring
 * bean so the shared layout needs to know none of them.
 */
public interface NavigationCount {

    /** The view of the navigation entry (the approvals inbox), as its {@code @Menu} names it. */
    Class<? extends Component> view();

    /** The number for the signed-in user; 0 hides the badge. */
    long count();

    /**
     * Tells the navigation of the current page that a number may have changed (an approval given from the inbox), so
     * that it shows the new one without waiting for the next navigation.
     */
    static void changed() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new Changed(ui));
        }
    }

    /** Fired on the UI by {@link #changed()}; the main layout listens. */
    final class Changed extends ComponentEvent<UI> {
        Changed(UI ui) {
            super(ui, false);
        }
    }
}

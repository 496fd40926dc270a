package org.parley.shared.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The titled blocks a meeting page is made of, looking the same whichever feature contributes them. */
public final class Sections {

    private Sections() {}

    public static VerticalLayout titled(String title, String id) {
        var block = new VerticalLayout(new H3(title));
        block.setPadding(false);
        block.setSpacing(false);
        block.addClassName("parley-section");
        if (!id.isEmpty()) {
            block.setId(id);
        }
        return block;
    }
}

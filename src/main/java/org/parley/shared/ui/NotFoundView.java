package org.parley.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.shared.NotFoundException;

/**
 * "Not found" for a missing page and for a meeting above the viewer's clearance alike, so that the answer does not
 * reveal which meetings exist. {@link RouteNotFoundView} shows the same for Vaadin's own "no such route".
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        fill(this);
    }

    static void fill(VerticalLayout layout) {
        layout.addClassName("parley-page");
        var title = new H2(layout.getTranslation("shared.notFound.title"));
        title.setId("not-found");
        layout.add(
                title,
                new Paragraph(layout.getTranslation("shared.notFound.explanation")),
                new Anchor("", layout.getTranslation("shared.notFound.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shared.notFound.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

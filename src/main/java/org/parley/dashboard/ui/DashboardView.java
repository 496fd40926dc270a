package org.parley.dashboard.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.parley.security.CurrentUser;
import org.parley.security.SignedInUser;

/** The start page after sign-in. */
@Route("")
@PageTitle("Dashboard")
@Menu(title = "Dashboard", order = 0, icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends VerticalLayout {

    DashboardView(CurrentUser currentUser) {
        addClassName("parley-page");
        SignedInUser user = currentUser.require();
        var greeting = new H2("Welcome, " + user.displayName());
        greeting.setId("dashboard-greeting");
        add(greeting, new Paragraph("Times are shown in your time zone, " + user.timeZone().getId()
                + ". You can change it on your profile."));
    }
}

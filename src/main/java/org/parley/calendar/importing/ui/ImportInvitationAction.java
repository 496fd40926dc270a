package org.parley.calendar.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.shared.ui.MeetingListAction;
import org.springframework.stereotype.Component;

/** "Import invitation" on the Meetings list, for planners: it opens the import page. */
@Component
class ImportInvitationAction implements MeetingListAction {

    private final CurrentUser currentUser;

    ImportInvitationAction(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        if (!currentUser.require().hasRole(Role.PLANNER)) {
            return Optional.empty();
        }
        var importInvitation = new Button(
                "Import invitation",
                VaadinIcon.UPLOAD.create(),
                e -> UI.getCurrent().navigate(ImportInvitationView.class));
        importInvitation.setId("import-invitation");
        return Optional.of(importInvitation);
    }
}

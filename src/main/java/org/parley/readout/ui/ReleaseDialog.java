package org.parley.readout.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingId;
import org.parley.readout.ReadoutService;
import org.parley.shared.ui.Notifications;

/**
 * Confirms a release (or correction): the text becomes public at once. For a classified meeting the approver must
 * also tick that its readout may be published.
 */
class ReleaseDialog extends Dialog {

    final Checkbox confirmClassified = new Checkbox();
    final Button release;

    ReleaseDialog(ReadoutService readouts, MeetingId meeting, @Nullable String classification, Runnable refreshPage) {
        setHeaderTitle(getTranslation("readout.release.title"));
        setWidth("32rem");
        add(new Paragraph(getTranslation("readout.release.explanation")));
        if (classification != null) {
            confirmClassified.setLabel(getTranslation("readout.release.confirmClassified", classification));
            confirmClassified.setId("readout-confirm-classified");
            add(confirmClassified);
        }
        release = new Button(getTranslation("readout.release.confirm"), e -> {
            if (classification != null && !confirmClassified.getValue()) {
                confirmClassified.setInvalid(true);
                confirmClassified.setErrorMessage(getTranslation("readout.release.confirmNeeded"));
                return;
            }
            boolean done = Refusals.tryTo(() -> readouts.release(meeting, classification != null));
            close();
            if (done) {
                Notifications.success(getTranslation("readout.release.done"));
                refreshPage.run();
            }
        });
        release.setId("readout-release-confirm");
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("readout.dialog.cancel"), e -> close()), release);
    }
}

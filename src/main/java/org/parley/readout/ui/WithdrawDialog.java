package org.parley.readout.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.parley.meeting.MeetingId;
import org.parley.readout.ReadoutService;
import org.parley.shared.ui.Notifications;

/** Withdraws a released readout with a reason the public reads in its place; nothing is deleted. */
class WithdrawDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button withdraw;

    WithdrawDialog(ReadoutService readouts, MeetingId meeting, Runnable refreshPage) {
        setHeaderTitle(getTranslation("readout.withdraw.title"));
        setWidth("32rem");
        add(new Paragraph(getTranslation("readout.withdraw.explanation")));
        reason.setLabel(getTranslation("readout.withdraw.reason"));
        reason.setRequired(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("readout-withdraw-reason");
        add(reason);
        withdraw = new Button(getTranslation("readout.withdraw.confirm"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("readout.withdraw.reasonNeeded"));
                return;
            }
            if (Refusals.tryTo(() -> readouts.withdraw(meeting, reason.getValue()))) {
                close();
                Notifications.success(getTranslation("readout.withdraw.done"));
                refreshPage.run();
            }
        });
        withdraw.setId("readout-withdraw-confirm");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("readout.dialog.cancel"), e -> close()), withdraw);
    }
}

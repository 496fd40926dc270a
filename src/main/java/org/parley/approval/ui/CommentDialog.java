package org.parley.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.parley.approval.ApprovalService;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.Notifications;

/** Asks for a comment or reason before an approval action; required ones cannot be left empty. */
class CommentDialog extends Dialog {

    final TextArea comment = new TextArea();
    final Button confirm;

    CommentDialog(String title, String label, String confirmText, boolean required, Consumer<String> action) {
        setHeaderTitle(title);
        setWidth("32rem");
        comment.setLabel(label);
        comment.setWidthFull();
        comment.setMaxLength(ApprovalService.COMMENT_MAX_LENGTH);
        comment.setRequired(required);
        comment.setId("approval-comment");
        add(comment);
        confirm = new Button(confirmText, e -> {
            if (required && comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation("approval.comment.required"));
                return;
            }
            try {
                action.accept(comment.getValue());
                close();
            } catch (RuleViolationException | jakarta.validation.ConstraintViolationException refused) {
                close();
                Notifications.error(
                        refused instanceof jakarta.validation.ConstraintViolationException cve
                                ? cve.getConstraintViolations()
                                        .iterator()
                                        .next()
                                        .getMessage()
                                : ((RuleViolationException) refused).messageIn(getLocale()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("approval-confirm");
        getFooter().add(new Button(getTranslation("approval.comment.cancel"), e -> close()), confirm);
    }
}

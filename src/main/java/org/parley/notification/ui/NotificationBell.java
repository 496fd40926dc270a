package org.parley.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import org.parley.meeting.ui.MeetingsNavigation;
import org.parley.notification.NotificationService;
import org.parley.notification.NotificationSummary;
import org.parley.security.CurrentUser;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.Languages;
import org.parley.shared.ui.NavigationBadge;
import org.springframework.data.domain.PageRequest;

/** The bell in the header: the number of unread notifications, and the latest ones on a click. */
@org.springframework.stereotype.Component
class NotificationBell implements NavigationBadge {

    static final int SHOWN = 20;

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    NotificationBell(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        var count = new Span();
        count.addClassName("parley-badge");
        count.addClassName("error");
        count.setId("notification-count");
        var bell = new Button(VaadinIcon.BELL.create());
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.setSuffixComponent(count);
        // the layout outlives navigations, so the count refreshes whenever the user moves to another view; the UI's
        // listener goes with the bell, or every new attach would leave one more behind, holding the old bell
        bell.addAttachListener(attach -> {
            refresh(bell, count);
            Registration navigations = attach.getUI().addAfterNavigationListener(navigation -> refresh(bell, count));
            bell.addDetachListener(detach -> {
                navigations.remove();
                detach.unregisterListener();
            });
        });
        bell.addClickListener(click -> {
            open();
            notifications.markAllRead();
            refresh(bell, count);
        });
        return bell;
    }

    private void refresh(Button bell, Span count) {
        long unread = currentUser.get().isPresent() ? notifications.unreadCount() : 0;
        count.setText(Long.toString(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(bell.getTranslation("notification.bell.label", unread));
    }

    private void open() {
        var dialog = new Dialog();
        dialog.setId("notifications");
        dialog.setHeaderTitle(dialog.getTranslation("notification.dialog.title"));
        dialog.setWidth("34rem");
        var list = new VerticalLayout();
        list.setPadding(false);
        var mine = notifications.mine(PageRequest.of(0, SHOWN)).getContent();
        if (mine.isEmpty()) {
            list.add(new Span(dialog.getTranslation("notification.dialog.none")));
        }
        for (NotificationSummary notification : mine) {
            var text = notification.meeting() == null
                    ? new Span(notification.text())
                    : MeetingsNavigation.link(notification.meeting(), notification.text());
            var when = new Div(TimeLabels.dayAndTime(
                    notification.createdAt(), currentUser.require().timeZone(), Languages.current()));
            when.addClassName("parley-muted");
            var entry = new Div(text, when);
            if (!notification.read()) {
                entry.getStyle().set("font-weight", "600");
            }
            list.add(entry);
        }
        dialog.add(list);
        dialog.getFooter().add(new Button(dialog.getTranslation("notification.dialog.close"), e -> dialog.close()));
        dialog.open();
    }
}

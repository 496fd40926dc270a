package org.parley.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.approval.ApprovalService;
import org.parley.directory.Person;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.shared.CountryCode;
import org.parley.shared.ui.MainLayout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class NotificationBellTest extends SpringBrowserlessTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers users;

    @Autowired
    MeetingService meetings;

    @Autowired
    ApprovalService approvals;

    @Autowired
    NotificationService notifications;

    private MeetingId submitted(String title) {
        Person a = directory.person(title + " A", new CountryCode("RU"), MOSCOW);
        Person b = directory.person(title + " B", new CountryCode("US"), ZoneId.of("America/New_York"));
        LocalDateTime start = LocalDateTime.of(2600, 4, 4, 10, 0);
        MeetingId id = users.as(
                "planner",
                () -> meetings.create(
                                MeetingDataBuilder.meeting(title)
                                        .kind(MeetingKind.EXPERT_MEETING)
                                        .format(MeetingFormat.VIRTUAL)
                                        .at(start, start.plusHours(1), MOSCOW)
                                        .headedBy(new CountryCode("RU"), a.id(), new CountryCode("US"), b.id())
                                        .build(),
                                true)
                        .id());
        users.as("planner", () -> approvals.submit(id, null));
        return id;
    }

    @Test
    @WithUserDetails("senior")
    void the_bell_counts_unread_notifications_and_lists_them() {
        notifications.markAllRead();
        submitted("Bell probe");

        UI.getCurrent().navigate("profile");
        UI.getCurrent().navigate("");

        assertThat($(Span.class).id("notification-count").getText()).isEqualTo("1");
        test($(Button.class).id("notification-bell")).click();
        assertThat($(Dialog.class).id("notifications").getElement().getTextRecursively())
                .contains("planner submitted \u201cBell probe\u201d for approval");
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    @WithUserDetails("approver2")
    void the_approvals_entry_shows_how_many_meetings_wait() {
        submitted("Count probe");

        UI.getCurrent().navigate("profile");

        String count = $(MainLayout.class).single().navigationCount("Approvals").orElseThrow();
        assertThat(Integer.parseInt(count)).isEqualTo(approvals.waitingCount()).isPositive();
    }

    @Test
    @WithUserDetails("senior")
    void a_bell_taken_off_the_page_stops_listening_to_the_users_navigation() {
        notifications.markAllRead();
        UI.getCurrent().navigate("profile");
        Button bell = $(Button.class).id("notification-bell");
        // hidden while nothing is unread, so taken from the bell rather than looked up on the page
        Span count = (Span) bell.getSuffixComponent();

        bell.getElement().removeFromParent();
        submitted("Detached bell probe");
        UI.getCurrent().navigate("");

        assertThat(count.getText()).isEqualTo("0");
        assertThat(count.isVisible()).isFalse();
    }
}

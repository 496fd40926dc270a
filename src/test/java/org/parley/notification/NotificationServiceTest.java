package org.parley.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.parley.security.NewUser;
import org.parley.security.Role;
import org.parley.security.SystemTask;
import org.parley.security.UserService;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@ParleyTest
class NotificationServiceTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    NotificationService notifications;

    @Autowired
    ApprovalService approvals;

    @Autowired
    MeetingService meetings;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers users;

    @Autowired
    UserService userService;

    private MeetingId planned(String title, Classification classification) {
        int n = counter.incrementAndGet();
        Person a = directory.person(title + " A", new CountryCode("RU"), MOSCOW);
        Person b = directory.person(title + " B", new CountryCode("US"), ZoneId.of("America/New_York"));
        LocalDateTime start = LocalDateTime.of(2500 + n, 4, 4, 10, 0);
        return users.as(
                "planner",
                () -> meetings.create(
                                MeetingDataBuilder.meeting(title)
                                        .kind(MeetingKind.EXPERT_MEETING)
                                        .format(MeetingFormat.VIRTUAL)
                                        .at(start, start.plusHours(1), MOSCOW)
                                        .classification(classification)
                                        .headedBy(new CountryCode("RU"), a.id(), new CountryCode("US"), b.id())
                                        .build(),
                                true)
                        .id());
    }

    private List<String> texts(String user) {
        return users.as(user, () -> notifications.mine(PageRequest.of(0, 100))).getContent().stream()
                .map(NotificationSummary::text)
                .toList();
    }

    @Test
    void a_submission_reaches_the_approvers_cleared_for_it_but_not_the_submitter() {
        String low = "lowapprover" + counter.incrementAndGet();
        SystemTask.runAsSystem(() -> userService.create(new NewUser(
                low,
                "Low Clearance Approver",
                null,
                EnumSet.of(Role.APPROVER),
                Classification.UNCLASSIFIED,
                MOSCOW,
                "en",
                "a long and unusual pass phrase")));
        String title = "Notify restricted " + counter.get();
        MeetingId id = planned(title, Classification.RESTRICTED);

        users.as("planner", () -> approvals.submit(id, null));

        String expected = "planner submitted \u201c" + title + "\u201d for approval";
        assertThat(texts("approver")).contains(expected);
        assertThat(texts("approver2")).contains(expected);
        assertThat(texts("senior")).contains(expected);
        assertThat(texts(low)).doesNotContain(expected);
        assertThat(texts("planner")).doesNotContain(expected);
        assertThat(texts("viewer")).doesNotContain(expected);
    }

    @Test
    void a_planner_whose_clearance_was_lowered_is_not_told_the_title_of_a_decision() {
        String lowered = "lowered" + counter.incrementAndGet();
        var account = SystemTask.runAsSystem(() -> userService.create(new NewUser(
                lowered,
                "Lowered Planner",
                null,
                EnumSet.of(Role.PLANNER),
                Classification.CONFIDENTIAL,
                MOSCOW,
                "en",
                "a long and unusual pass phrase")));
        Person a = directory.person(lowered + " A", new CountryCode("RU"), MOSCOW);
        Person b = directory.person(lowered + " B", new CountryCode("US"), ZoneId.of("America/New_York"));
        LocalDateTime start = LocalDateTime.of(2700 + counter.get(), 4, 4, 10, 0);
        MeetingId id = users.as(
                lowered,
                () -> meetings.create(
                                MeetingDataBuilder.meeting("Notify lowered " + lowered)
                                        .kind(MeetingKind.EXPERT_MEETING)
                                        .format(MeetingFormat.VIRTUAL)
                                        .at(start, start.plusHours(1), MOSCOW)
                                        .classification(Classification.CONFIDENTIAL)
                                        .headedBy(new CountryCode("RU"), a.id(), new CountryCode("US"), b.id())
                                        .build(),
                                true)
                        .id());
        users.as(lowered, () -> approvals.submit(id, null));
        SystemTask.runAsSystem(() -> userService.update(
                account.id(),
                new org.parley.security.UserChanges(
                        account.displayName(), null, account.roles(), Classification.RESTRICTED, MOSCOW, "en")));

        users.as("approver", () -> approvals.approve(id, 1, null));

        assertThat(texts(lowered)).noneSatisfy(t -> assertThat(t).contains("Notify lowered"));
    }

    @Test
    void the_planner_learns_of_approval_and_rejection_and_reads_them_once() {
        MeetingId approved = planned("Notify approved " + counter.incrementAndGet(), Classification.UNCLASSIFIED);
        MeetingId rejected = planned("Notify rejected " + counter.get(), Classification.UNCLASSIFIED);
        users.as("planner", () -> approvals.submit(approved, null));
        users.as("planner", () -> approvals.submit(rejected, null));
        users.as("planner", () -> notifications.markAllRead());

        users.as("approver", () -> approvals.approve(approved, 1, "Fine"));
        users.as("approver2", () -> approvals.reject(rejected, 1, "Wrong week"));

        assertThat(texts("planner"))
                .anySatisfy(t -> assertThat(t).startsWith("approver approved \u201cNotify approved"))
                .anySatisfy(t -> assertThat(t)
                        .startsWith("approver2 rejected \u201cNotify rejected")
                        .endsWith("Wrong week"));
        assertThat(users.as("planner", () -> notifications.unreadCount())).isEqualTo(2);
        // this test's newest notice (another test may have left notices dated years ahead, which come first)
        long first = users.as("planner", () -> notifications.mine(PageRequest.of(0, 100))).getContent().stream()
                .filter(n -> !n.read() && n.text().contains("Notify rejected"))
                .findFirst()
                .orElseThrow()
                .id();
        users.as("planner", () -> notifications.markRead(first));
        assertThat(users.as("planner", () -> notifications.unreadCount())).isEqualTo(1);
        assertThatThrownBy(() -> users.as("approver", () -> notifications.markRead(first)))
                .isInstanceOf(NotFoundException.class);
        users.as("planner", () -> notifications.markAllRead());
        assertThat(users.as("planner", () -> notifications.unreadCount())).isZero();
    }
}

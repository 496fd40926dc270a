package org.parley.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.approval.ApprovalRequest;
import org.parley.approval.ApprovalService;
import org.parley.directory.Person;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class ApprovalViewsTest extends SpringBrowserlessTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers users;

    @Autowired
    MeetingService meetings;

    @Autowired
    ApprovalService approvals;

    private MeetingId submittedByPlanner(String title) {
        return submittedByPlanner(title, MeetingKind.EXPERT_MEETING);
    }

    private int rowOf(ApprovalsView view, MeetingId id) {
        for (int i = 0; i < test(view.grid).size(); i++) {
            if (test(view.grid).getRow(i).meeting().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("meeting " + id + " is not in the inbox");
    }

    private Button inboxButton(ApprovalsView view, MeetingId id, String text) {
        var cell = (com.vaadin.flow.component.orderedlayout.HorizontalLayout)
                test(view.grid).getCellComponent(rowOf(view, id), "decide");
        return cell.getChildren()
                .filter(c -> c instanceof Button b && b.getText().equals(text))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private MeetingId submittedByPlanner(String title, MeetingKind kind) {
        int n = counter.incrementAndGet();
        Person a = directory.person("Inbox RU " + n, new CountryCode("RU"), MOSCOW);
        Person b = directory.person("Inbox US " + n, new CountryCode("US"), ZoneId.of("America/New_York"));
        LocalDateTime start = LocalDateTime.of(2200 + n, 3, 3, 10, 0);
        MeetingId id = users.as(
                "planner",
                () -> meetings.create(
                                MeetingDataBuilder.meeting(title)
                                        .kind(kind)
                                        .format(MeetingFormat.VIRTUAL)
                                        .at(start, start.plusHours(1), MOSCOW)
                                        .classification(Classification.RESTRICTED)
                                        .headedBy(new CountryCode("RU"), a.id(), new CountryCode("US"), b.id())
                                        .build(),
                                true)
                        .id());
        users.as("planner", () -> approvals.submit(id, "Ready"));
        return id;
    }

    @Autowired
    org.parley.protocol.ProtocolService protocol;

    private Person ranked(String name, CountryCode country, String rank, String languages) {
        var rankId = users.as("viewer", () -> protocol.ranks()).stream()
                .filter(r -> rank.equals(r.code()))
                .findFirst()
                .orElseThrow()
                .id();
        return directory.person(new org.parley.directory.PersonData(
                        name,
                        null,
                        null,
                        country,
                        null,
                        null,
                        languages,
                        MOSCOW,
                        org.parley.directory.PersonData.DEFAULT_WORKDAY_START,
                        org.parley.directory.PersonData.DEFAULT_WORKDAY_END,
                        null)
                .withProtocol(rankId, null));
    }

    @Test
    @WithUserDetails("approver")
    void the_inbox_shows_a_parity_warning_with_both_ranks_and_the_pairs_without_an_interpreter() {
        int n = counter.incrementAndGet();
        Person minister = ranked("Parity minister " + n, new CountryCode("RU"), "FOREIGN_MINISTER", "ru");
        Person director = ranked("Parity director " + n, new CountryCode("US"), "DIRECTOR", "en");
        LocalDateTime start = LocalDateTime.of(2200 + n, 5, 5, 10, 0);
        MeetingId id = users.as(
                "planner",
                () -> meetings.create(
                                MeetingDataBuilder.meeting("Parity probe " + n)
                                        .kind(MeetingKind.EXPERT_MEETING)
                                        .format(MeetingFormat.VIRTUAL)
                                        .at(start, start.plusHours(1), MOSCOW)
                                        .classification(Classification.RESTRICTED)
                                        .headedBy(
                                                new CountryCode("RU"),
                                                minister.id(),
                                                new CountryCode("US"),
                                                director.id())
                                        .build(),
                                true)
                        .id());
        users.as("planner", () -> approvals.submit(id, "The other side sends its director by agreement"));
        MeetingId plain = submittedByPlanner("No protocol warnings " + n);

        ApprovalsView view = navigate(ApprovalsView.class);

        var cell = (com.vaadin.flow.component.html.Div) test(view.grid).getCellComponent(rowOf(view, id), "protocol");
        var parity = (com.vaadin.flow.component.details.Details) cell.getChildren()
                .filter(c -> c instanceof com.vaadin.flow.component.details.Details)
                .findFirst()
                .orElseThrow();
        assertThat(parity.getSummaryText()).isEqualTo("Parity warning");
        assertThat(parity.getContent().findFirst().orElseThrow().getElement().getTextRecursively())
                .contains("Minister of foreign affairs", "Director", minister.fullName(), director.fullName());
        assertThat(cell.getElement().getTextRecursively()).contains("No interpreter for English \u2194 Russian");
        assertThat(test(view.grid)
                        .getCellComponent(rowOf(view, plain), "protocol")
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("No warnings");
    }

    @Test
    @WithUserDetails("approver")
    @SuppressWarnings("unchecked")
    void the_inbox_lists_pending_meetings_and_approves_without_leaving_the_list() {
        MeetingId id = submittedByPlanner("Inbox probe " + counter.get());
        ApprovalsView view = navigate(ApprovalsView.class);
        List<ApprovalRequest> rows = test(view.grid).size() == 0
                ? List.of()
                : java.util.stream.IntStream.range(0, test(view.grid).size())
                        .mapToObj(i -> test(view.grid).getRow(i))
                        .toList();
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.meeting()).isEqualTo(id);
            assertThat(r.submittedBy()).isEqualTo("planner");
            assertThat(r.approvalsNeeded()).isEqualTo(1);
        });
        int before = rows.size();

        approvals.approve(id, 1, "Fine");
        view.refresh();

        assertThat(test(view.grid).size()).isEqualTo(before - 1);
        assertThat(users.as("planner", () -> meetings.get(id).status())).isEqualTo(MeetingStatus.APPROVED);
    }

    @Test
    @WithUserDetails("approver")
    void approving_from_the_inbox_is_confirmed_and_the_navigation_count_drops_at_once() {
        String title = "Inbox count probe " + counter.get();
        MeetingId id = submittedByPlanner(title);
        ApprovalsView view = navigate(ApprovalsView.class);
        org.parley.shared.ui.MainLayout layout =
                $(org.parley.shared.ui.MainLayout.class).single();
        int before = Integer.parseInt(layout.navigationCount("Approvals").orElseThrow());

        test(inboxButton(view, id, "Approve")).click();
        CommentDialog dialog = $(CommentDialog.class).single();
        test(dialog.confirm).click();

        assertThat(test($(com.vaadin.flow.component.notification.Notification.class)
                                .last())
                        .getText())
                .isEqualTo("Approved \u201c" + title + "\u201d: it is approved now and goes into calendars.");
        assertThat(layout.navigationCount("Approvals").map(Integer::parseInt).orElse(0))
                .isEqualTo(before - 1);
        assertThat(java.util.stream.IntStream.range(0, test(view.grid).size())
                        .mapToObj(i -> test(view.grid).getRow(i).meeting()))
                .doesNotContain(id);
    }

    @Test
    @WithUserDetails("approver2")
    void an_approver_who_is_not_senior_finds_approve_disabled_where_a_senior_approval_is_still_needed() {
        MeetingId summit = submittedByPlanner("Summit probe " + counter.get(), MeetingKind.SUMMIT);
        users.as("approver", () -> approvals.approve(summit, 1, null));
        ApprovalsView view = navigate(ApprovalsView.class);

        Button approve = inboxButton(view, summit, "Approve");
        assertThat(approve.isEnabled()).isFalse();
        assertThat(approve.getTooltip().getText()).contains("must come from a senior approver");
        assertThat(inboxButton(view, summit, "Reject").isEnabled()).isTrue();

        UI.getCurrent().navigate("meetings/" + summit);
        assertThat($(Button.class).id("approve").isEnabled()).isFalse();
        assertThat($(com.vaadin.flow.component.html.Span.class)
                        .id("why-not-decide")
                        .getText())
                .contains("must come from a senior approver");
    }

    @Test
    @WithUserDetails("planner")
    void a_planner_cannot_open_the_inbox() {
        UI.getCurrent().navigate("approvals");
        assertThat(getCurrentView()).isNotInstanceOf(ApprovalsView.class);
    }

    @Test
    @WithUserDetails("approver2")
    void the_meeting_page_shows_the_approval_timeline_and_lets_the_approver_decide() {
        MeetingId id = submittedByPlanner("Timeline probe " + counter.get());

        UI.getCurrent().navigate("meetings/" + id);

        assertThat($(Paragraph.class).id("approval-summary").getText())
                .isEqualTo("Waiting for approval: 0 of 1 approvals");
        UnorderedList timeline = $(UnorderedList.class).id("approval-timeline");
        assertThat($(ListItem.class, timeline).first().getText())
                .startsWith("Submitted for approval by planner")
                .endsWith("\u2014 Ready");
        Button approve = $(Button.class).id("approve");
        test(approve).click();
        CommentDialog dialog = $(CommentDialog.class).single();
        test(dialog.comment).setValue("Agreed");
        test(dialog.confirm).click();

        assertThat($(Paragraph.class).id("approval-summary").getText()).isEqualTo("Approved");
        assertThat($(ListItem.class, $(UnorderedList.class).id("approval-timeline"))
                        .all())
                .extracting(ListItem::getText)
                .anySatisfy(line ->
                        assertThat(line).startsWith("Approved by approver2").endsWith("\u2014 Agreed"));
    }

    @Test
    @WithUserDetails("approver")
    void rejecting_from_the_page_requires_a_comment() {
        MeetingId id = submittedByPlanner("Reject probe " + counter.get());
        UI.getCurrent().navigate("meetings/" + id);

        test($(Button.class).id("reject")).click();
        CommentDialog dialog = $(CommentDialog.class).single();
        test(dialog.confirm).click();

        assertThat(dialog.comment.isInvalid()).isTrue();
        assertThat(users.as("planner", () -> meetings.get(id).status())).isEqualTo(MeetingStatus.PENDING_APPROVAL);
        test(dialog.comment).setValue("Wrong room");
        test(dialog.confirm).click();
        assertThat(users.as("planner", () -> meetings.get(id).status())).isEqualTo(MeetingStatus.REJECTED);
    }

    @Test
    @WithUserDetails("planner")
    void the_planner_sees_why_approvers_must_act_and_can_submit_a_draft_from_the_page() {
        MeetingId id = submittedByPlanner("Planner view " + counter.get());
        UI.getCurrent().navigate("meetings/" + id);

        assertThat($(Button.class).all())
                .noneMatch(b -> "approve".equals(b.getId().orElse("")));
        assertThat($(Button.class).id("cancel-meeting").isVisible()).isTrue();
    }
}

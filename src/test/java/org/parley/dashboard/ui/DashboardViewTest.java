package org.parley.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.approval.ApprovalService;
import org.parley.directory.Person;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberRole;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class DashboardViewTest extends SpringBrowserlessTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers users;

    @Autowired
    MeetingService meetings;

    @Autowired
    ApprovalService approvals;

    private MeetingId plannedTomorrow(String title) {
        Person a = directory.person(title + " A", new CountryCode("RU"), MOSCOW);
        Person b = directory.person(title + " B", new CountryCode("US"), ZoneId.of("America/New_York"));
        LocalDateTime start = LocalDateTime.now(MOSCOW)
                .plusDays(1)
                .withHour(11)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        return users.as(
                "planner",
                () -> meetings.create(
                                MeetingDataBuilder.meeting(title)
                                        .kind(MeetingKind.VIDEO_CALL)
                                        .at(start, start.plusHours(1), MOSCOW)
                                        .headedBy(new CountryCode("RU"), a.id(), new CountryCode("US"), b.id())
                                        .build(),
                                true)
                        .id());
    }

    private MeetingId plannedWith(String title, LocalDateTime start, Person ours, Person theirs) {
        return users.as(
                "planner",
                () -> meetings.create(
                                MeetingDataBuilder.meeting(title)
                                        .kind(MeetingKind.VIDEO_CALL)
                                        .format(org.parley.meeting.MeetingFormat.VIRTUAL)
                                        .at(start, start.plusHours(1), MOSCOW)
                                        .delegations(
                                                new DelegationData(
                                                        new CountryCode("RU"),
                                                        null,
                                                        true,
                                                        List.of(new MemberData(ours.id(), MemberRole.HEAD))),
                                                new DelegationData(
                                                        new CountryCode("US"),
                                                        null,
                                                        false,
                                                        List.of(new MemberData(theirs.id(), MemberRole.HEAD))))
                                        .build(),
                                true)
                        .id());
    }

    private String card(String id) {
        return $(VerticalLayout.class).id(id).getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("planner")
    void a_planner_sees_their_upcoming_meetings() {
        plannedTomorrow("Dashboard upcoming probe");

        navigate(DashboardView.class);

        assertThat(card("upcoming"))
                .contains("Your meetings in the next 14 days")
                .contains("Dashboard upcoming probe");
        java.time.LocalDate today = java.time.LocalDate.now(ZoneId.of("Europe/Berlin"));
        assertThat($(RouterLink.class, $(VerticalLayout.class).id("upcoming")).all())
                .extracting(RouterLink::getHref)
                .contains("meetings?from=" + today + "&to=" + today.plusDays(14));
        assertThat($(VerticalLayout.class).all())
                .noneMatch(c -> "waiting-for-approval".equals(c.getId().orElse("")));
    }

    @Test
    @WithUserDetails("planner")
    void a_planner_sees_which_meetings_wait_for_answers_and_why_my_meetings_are_the_planned_ones() {
        LocalDateTime early = LocalDateTime.now(MOSCOW)
                .plusDays(1)
                .withHour(6)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        plannedWith(
                "Dashboard answers probe",
                early,
                directory.person("Answers official", new CountryCode("RU"), MOSCOW),
                directory.person("Answers envoy", new CountryCode("US"), ZoneId.of("America/New_York")));

        navigate(DashboardView.class);

        assertThat(card("waiting-for-answers"))
                .contains("Waiting for answers")
                .contains("Dashboard answers probe")
                .contains("0 of 2 accepted, 0 tentative, 0 declined, 2 no answer");
        assertThat($(Paragraph.class).id("upcoming-not-linked").getText())
                .contains("not linked to a person of the directory")
                .contains("meetings you planned");
    }

    @Test
    @WithUserDetails("planner")
    void
            a_clash_late_in_the_fortnight_is_found_although_earlier_meetings_fill_the_list_and_the_list_says_more_follow() {
        for (int i = 0; i < 9; i++) {
            plannedTomorrow("Dashboard filler " + i);
        }
        Person envoy = directory.person("Dashboard envoy", new CountryCode("US"), ZoneId.of("America/New_York"));
        LocalDateTime afternoon = LocalDateTime.now(MOSCOW)
                .plusDays(12)
                .withHour(14)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        plannedWith(
                "Dashboard sideline talks",
                afternoon,
                directory.person("Dashboard official", new CountryCode("RU"), MOSCOW),
                envoy);
        plannedWith(
                "Dashboard double booking",
                afternoon.plusMinutes(30),
                directory.person("Dashboard minister", new CountryCode("RU"), MOSCOW),
                envoy);

        navigate(DashboardView.class);

        assertThat(card("conflicts"))
                .doesNotContain("No clashes")
                .contains("Dashboard sideline talks")
                .contains("Dashboard double booking")
                .contains("Dashboard envoy is already in");
        assertThat(card("upcoming")).doesNotContain("Dashboard double booking");
        assertThat($(Paragraph.class).id("upcoming-more").getText()).matches("Showing 8 of \\d+\\.");
    }

    @Test
    @WithUserDetails("approver")
    void an_approver_sees_what_waits_for_them() {
        MeetingId id = plannedTomorrow("Dashboard approval probe");
        users.as("planner", () -> approvals.submit(id, null));

        navigate(DashboardView.class);

        // the card lists the inbox's oldest submissions first; other tests' submissions may come before the probe
        var waiting = approvals.inbox(PageRequest.of(0, 8)).getContent();
        assertThat(waiting).extracting(r -> r.meeting()).isNotEmpty();
        assertThat(card("waiting-for-approval"))
                .contains(waiting.getFirst().title())
                .contains(waiting.getLast().title())
                .contains("by planner");
    }

    @Test
    @WithUserDetails("approver")
    void the_cards_links_open_the_approvals_inbox_and_the_action_items() {
        navigate(DashboardView.class);
        test($(RouterLink.class, $(VerticalLayout.class).id("waiting-for-approval"))
                        .withText("Open the approvals inbox")
                        .single())
                .click();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("approvals");

        navigate(DashboardView.class);
        test($(RouterLink.class, $(VerticalLayout.class).id("action-items"))
                        .withText("All action items")
                        .single())
                .click();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("actions");
    }
}

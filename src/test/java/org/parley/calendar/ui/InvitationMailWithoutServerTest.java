package org.parley.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.approval.ApprovalService;
import org.parley.calendar.InvitationMailOverview;
import org.parley.calendar.InvitationMailService;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberRole;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Without {@code spring.mail.host} (the tests' usual context), nothing is queued or sent, and the page says so. */
@ParleyTest
class InvitationMailWithoutServerTest extends SpringBrowserlessTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired DirectoryFixture directory;
    @Autowired TestUsers users;
    @Autowired MeetingService meetings;
    @Autowired ApprovalService approvals;
    @Autowired InvitationMailService mail;

    @Test
    @WithUserDetails("planner")
    void without_a_mail_server_an_approval_queues_nothing_and_the_page_says_e_mail_is_not_configured() {
        MeetingId id = approved("Unsent call");

        InvitationMailOverview overview = users.as("planner", () -> mail.overview(id));
        assertThat(overview.mode()).isEqualTo(InvitationMailOverview.Mode.NOT_CONFIGURED);
        assertThat(overview.messages()).isEmpty();
        users.as("planner", () -> approvals.cancel(id, "Not needed"));
        assertThat(users.as("planner", () -> mail.overview(id)).messages()).isEmpty();

        UI.getCurrent().navigate("meetings/" + id);

        assertThat($(Paragraph.class).id("mail-state").getText())
                .isEqualTo("E-mail is not configured: no invitations are sent.");
        assertThat($(Grid.class).withId("mail-messages").exists()).isFalse();
        assertThat($(Button.class).withId("retry-failed-mail").exists()).isFalse();
        assertThat(users.as("planner", () -> mail.retryFailed(id))).isZero();
    }

    private MeetingId approved(String title) {
        int n = counter.incrementAndGet();
        Person a = directory.person(person("No mail RU " + n, "RU", "nomail-ru" + n + "@mid.example"));
        Person b = directory.person(person("No mail US " + n, "US", "nomail-us" + n + "@state.example"));
        LocalDateTime start = LocalDateTime.of(2700 + n, 4, 14, 10, 0);
        MeetingId id = users.as("planner", () -> meetings.create(new MeetingData(title + " " + n,
                MeetingKind.PHONE_CALL, MeetingKind.PHONE_CALL.defaultTier(), MeetingFormat.PHONE, start,
                start.plusHours(1), MOSCOW, null, null, null, null, Classification.UNCLASSIFIED, "", null, null,
                List.of(new DelegationData(new CountryCode("RU"), null, true,
                                List.of(new MemberData(a.id(), MemberRole.HEAD))),
                        new DelegationData(new CountryCode("US"), null, false,
                                List.of(new MemberData(b.id(), MemberRole.HEAD)))),
                List.of()), true).id());
        users.as("planner", () -> approvals.submit(id, null));
        users.as("approver", () -> approvals.approve(id, 1, null));
        return id;
    }

    private static PersonData person(String name, String country, String email) {
        return new PersonData(name, null, null, new CountryCode(country), email, null, null, MOSCOW,
                PersonData.DEFAULT_WORKDAY_START, PersonData.DEFAULT_WORKDAY_END, null);
    }
}

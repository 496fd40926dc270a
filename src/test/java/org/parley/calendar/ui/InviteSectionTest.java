package org.parley.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.approval.ApprovalService;
import org.parley.calendar.CalendarFile;
import org.parley.calendar.CalendarMethod;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class InviteSectionTest extends SpringBrowserlessTest {

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

    private MeetingId planned(String title) {
        int n = counter.incrementAndGet();
        Person a = directory.person(person("Section RU " + n, "RU", "ru" + n + "@mid.example"));
        Person b = directory.person(person("Section US " + n, "US", "us" + n + "@state.example"));
        LocalDateTime start = LocalDateTime.of(2400 + n, 4, 14, 10, 0);
        return users.as(
                "planner",
                () -> meetings.create(
                                MeetingDataBuilder.meeting(title + " " + n)
                                        .kind(MeetingKind.PHONE_CALL)
                                        .at(start, start.plusHours(1), MOSCOW)
                                        .classification(Classification.RESTRICTED)
                                        .headedBy(new CountryCode("RU"), a.id(), new CountryCode("US"), b.id())
                                        .build(),
                                true)
                        .id());
    }

    private static PersonData person(String name, String country, String email) {
        return new PersonData(
                name,
                null,
                null,
                new CountryCode(country),
                email,
                null,
                null,
                MOSCOW,
                PersonData.DEFAULT_WORKDAY_START,
                PersonData.DEFAULT_WORKDAY_END,
                null);
    }

    private MeetingId approved(String title) {
        MeetingId id = planned(title);
        users.as("planner", () -> approvals.submit(id, null));
        users.as("approver", () -> approvals.approve(id, 1, null));
        return id;
    }

    @Test
    @WithUserDetails("planner")
    void an_approved_meetings_page_offers_the_invite_and_a_copy_for_ones_own_calendar() {
        MeetingId id = approved("Approved call");

        UI.getCurrent().navigate("meetings/" + id);

        Anchor invite = $(Anchor.class).id("download-invite");
        Anchor copy = $(Anchor.class).id("add-to-calendar");
        assertThat(invite.getText()).isEqualTo("Download invite");
        assertThat(copy.getText()).isEqualTo("Add to my calendar");
        assertThat(List.of(invite.getHref(), copy.getHref()))
                .allSatisfy(href -> assertThat(href).isNotBlank())
                .doesNotHaveDuplicates();
        assertThat($(Paragraph.class).withId("invites-not-yet").exists()).isFalse();
    }

    @Test
    @WithUserDetails("planner")
    void a_drafts_page_offers_no_file_and_says_when_it_will() {
        MeetingId id = planned("Draft call");

        UI.getCurrent().navigate("meetings/" + id);

        assertThat($(Paragraph.class).id("invites-not-yet").getText())
                .isEqualTo("Invites are available once the meeting is approved.");
        assertThat($(Anchor.class).withId("download-invite").exists()).isFalse();
        assertThat($(Anchor.class).withId("add-to-calendar").exists()).isFalse();
    }

    @Test
    @WithUserDetails("planner")
    void a_cancelled_meetings_page_offers_its_cancellation_only() {
        MeetingId id = approved("Cancelled call");
        users.as("planner", () -> approvals.cancel(id, "Postponed sine die"));

        UI.getCurrent().navigate("meetings/" + id);

        assertThat($(Anchor.class).id("download-cancellation").getText()).isEqualTo("Download cancellation");
        assertThat($(Anchor.class).withId("download-invite").exists()).isFalse();
        assertThat($(Anchor.class).withId("add-to-calendar").exists()).isFalse();
    }

    @Test
    void a_download_carries_the_file_or_says_why_there_is_none() throws IOException {
        byte[] content = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        DownloadResponse file =
                InviteSection.response(() -> new CalendarFile("parley-meeting-1.ics", CalendarMethod.REQUEST, content));
        DownloadResponse hidden = InviteSection.response(() -> {
            throw new NotFoundException("Meeting");
        });
        DownloadResponse refused = InviteSection.response(() -> {
            throw new RuleViolationException("Invites are available once the meeting is approved");
        });

        assertThat(file.hasError()).isFalse();
        assertThat(file.getFileName()).isEqualTo("parley-meeting-1.ics");
        assertThat(file.getContentType()).isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
        assertThat(file.getContentLength()).isEqualTo(content.length);
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(content);
        assertThat(hidden.getError()).isEqualTo(404);
        assertThat(refused.getError()).isEqualTo(409);
        assertThat(refused.getErrorMessage()).isEqualTo("Invites are available once the meeting is approved");
    }
}

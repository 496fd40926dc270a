package org.parley.participation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.security.UserService;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class AnswersSectionTest extends SpringBrowserlessTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Autowired
    DirectoryFixture directory;

    @Autowired
    MeetingService meetings;

    @Autowired
    PeopleService people;

    @Autowired
    UserService userService;

    @Autowired
    TestUsers users;

    @Test
    @WithUserDetails("viewer")
    void a_head_of_delegation_declines_on_the_meeting_page_and_the_summary_and_the_warning_follow() {
        Person head = directory.person("Answering head", new CountryCode("RU"), MOSCOW);
        Person theirs = directory.person("Answering envoy", new CountryCode("US"), ZoneId.of("America/New_York"));
        LocalDateTime start = LocalDateTime.of(2034, 9, 12, 10, 0);
        MeetingId id = users.as(
                "planner",
                () -> meetings.create(
                                MeetingDataBuilder.meeting("Answering probe")
                                        .kind(MeetingKind.PHONE_CALL)
                                        .at(start, start.plusHours(1), MOSCOW)
                                        .headedBy(new CountryCode("RU"), head.id(), new CountryCode("US"), theirs.id())
                                        .build(),
                                true)
                        .id());
        var viewer = users.as(
                "admin",
                () -> userService.list("viewer", PageRequest.of(0, 5)).stream()
                        .filter(u -> u.username().equals("viewer"))
                        .findFirst()
                        .orElseThrow());
        // the shared viewer is this head only for this test
        users.as("admin", () -> people.linkAccount(head.id(), viewer.id()));
        try {
            UI.getCurrent().navigate("meetings/" + id);
            assertThat($(Paragraph.class).id("answers-summary").getText())
                    .isEqualTo("0 of 2 accepted, 0 tentative, 0 declined, 2 no answer");

            test($(TextArea.class).id("answers-comment")).setValue("Another engagement in Geneva");
            test($(Button.class).id("answer-declined")).click();

            assertThat($(Paragraph.class).id("answers-summary").getText())
                    .isEqualTo("0 of 2 accepted, 0 tentative, 1 declined, 1 no answer");
            assertThat($(Paragraph.class).id("answers-head-declined").getText())
                    .isEqualTo("Answering head, head of the delegation RU, declined.");
            assertThat($(VerticalLayout.class)
                            .id("answers-section")
                            .getElement()
                            .getTextRecursively())
                    .contains("Declined", "Another engagement in Geneva");
        } finally {
            users.as("admin", () -> people.linkAccount(head.id(), null));
        }
    }
}

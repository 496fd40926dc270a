package org.parley.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.directory.Person;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberRole;
import org.parley.security.SystemTask;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.ui.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class MeetingPageViewTest extends SpringBrowserlessTest {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    @Autowired DirectoryFixture directory;
    @Autowired MeetingService meetings;

    private MeetingId meeting(String title, Classification classification) {
        Person ru = directory.person(title + " RU", new CountryCode("RU"), ZoneId.of("Europe/Moscow"));
        Person us = directory.person(title + " US", new CountryCode("US"), ZoneId.of("America/New_York"));
        LocalDateTime start = LocalDateTime.of(2033, 2, 24, 9, 0);
        return SystemTask.runAsSystem(() -> meetings.create(MeetingDataBuilder.meeting(title)
                .kind(MeetingKind.MINISTERIAL_MEETING).format(MeetingFormat.VIRTUAL)
                .at(start, start.plusHours(2), RIYADH).sides(new CountryCode("US"), new CountryCode("SA"))
                .classification(classification).objectives("Talks")
                .delegations(List.of(new DelegationData(new CountryCode("RU"), null, true, List.of(new MemberData(ru.id(), MemberRole.HEAD))),
                        new DelegationData(new CountryCode("US"), null, false, List.of(new MemberData(us.id(), MemberRole.HEAD)))))
                .build(), true).id());
    }

    @Test
    @WithUserDetails("viewer")
    void the_page_shows_the_time_in_the_venue_zone_the_viewer_zone_and_each_delegation_zone() {
        MeetingId id = meeting("Riyadh page probe", Classification.UNCLASSIFIED);

        UI.getCurrent().navigate("meetings/" + id);

        assertThat($(H2.class).id("meeting-title").getText()).isEqualTo("Riyadh page probe");
        assertThat($(Paragraph.class).id("time-venue").getText()).startsWith("Thu 24 Feb 2033, 09:00\u201311:00 (Asia/Riyadh");
        assertThat($(Paragraph.class).id("time-viewer").getText()).isEqualTo("Your time: Thu 24 Feb 2033, 07:00\u201309:00 (Europe/Berlin, UTC+01:00)");
        assertThat($(Paragraph.class).id("time-delegations").getText())
                .isEqualTo("Delegations: 09:00 Riyadh \u00b7 09:00 Moscow \u00b7 01:00 New York");
    }

    @Test
    @WithUserDetails("viewer")
    void a_meeting_above_the_viewers_clearance_looks_exactly_like_a_missing_one() {
        MeetingId hidden = meeting("Hidden page probe", Classification.SECRET);

        UI.getCurrent().navigate("meetings/" + hidden);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(H2.class).all()).extracting(H2::getText).doesNotContain("Hidden page probe");

        UI.getCurrent().navigate("meetings/999999999");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}

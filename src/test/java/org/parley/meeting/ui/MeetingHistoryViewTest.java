package org.parley.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.directory.Person;
import org.parley.meeting.Acknowledged;
import org.parley.meeting.AgendaItemData;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.security.SystemTask;
import org.parley.shared.CountryCode;
import org.parley.shared.TimeLabels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class MeetingHistoryViewTest extends SpringBrowserlessTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    DirectoryFixture directory;

    @Autowired
    MeetingService meetings;

    private MeetingData call(String title, String agendaItem, Person ru, Person us, LocalDateTime start) {
        return MeetingDataBuilder.meeting(title)
                .kind(MeetingKind.PHONE_CALL)
                .at(start, start.plusHours(1), MOSCOW)
                .headedBy(new CountryCode("RU"), ru.id(), new CountryCode("US"), us.id())
                .agenda(List.of(new AgendaItemData(agendaItem, "", 30)))
                .build();
    }

    @Test
    @WithUserDetails("viewer")
    void the_meeting_page_shows_its_history_when_opened_with_who_when_and_each_field_before_and_after() {
        int n = counter.incrementAndGet();
        Person ru = directory.person("Page history RU " + n, new CountryCode("RU"), MOSCOW);
        Person us = directory.person("Page history US " + n, new CountryCode("US"), ZoneId.of("America/New_York"));
        LocalDateTime start = LocalDateTime.of(2099, 3, 2, 10, 0).plusDays(n);
        MeetingDetails created = SystemTask.runAsSystem(
                () -> meetings.create(call("Page history call", "Channels", ru, us, start), true));
        MeetingDetails renamed = SystemTask.runAsSystem(() -> meetings.update(
                created.id(),
                call("Page history call, renamed", "Channels", ru, us, start),
                created.version(),
                Acknowledged.CONFLICTS,
                Acknowledged.REAPPROVAL));

        UI.getCurrent().navigate("meetings/" + created.id());

        Details history = $(Details.class).id("history");
        assertThat(history.getSummary().getElement().getText()).isEqualTo("History");
        assertThat(history.isOpened()).isFalse();
        assertThat($(Div.class).withId("history-entries").all()).isEmpty();

        history.setOpened(true);

        Div entries = $(Div.class).id("history-entries");
        List<String> whens = $(Paragraph.class, entries).all().stream()
                .map(Paragraph::getText)
                .toList();
        // newest first, in the viewer's zone (the test users live in Berlin)
        assertThat(whens).hasSize(2);
        assertThat(whens.getFirst())
                .isEqualTo(TimeLabels.dayAndTime(
                                meetings.history(renamed.id()).getFirst().at(), BERLIN) + " \u00b7 system");
        List<String> lines =
                $(ListItem.class, entries).all().stream().map(ListItem::getText).toList();
        assertThat(lines)
                .contains(
                        "Title: Page history call \u2192 Page history call, renamed", "Title: \u2014 \u2192 Channels");
        assertThat($(ListItem.class, entries).all())
                .extracting(item -> item.getChildren()
                        .findFirst()
                        .map(c -> c.getElement().getText())
                        .orElse(""))
                .contains("Meeting changed", "Meeting created", "Agenda item added: Channels");
    }
}

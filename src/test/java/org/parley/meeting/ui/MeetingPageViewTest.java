package org.parley.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.directory.Person;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingDataBuilder;
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

    @Autowired
    DirectoryFixture directory;

    @Autowired
    MeetingService meetings;

    @Autowired
    org.parley.directory.VenueService venues;

    private MeetingId meeting(String title, Classification classification) {
        Person ru = directory.person(title + " RU", new CountryCode("RU"), ZoneId.of("Europe/Moscow"));
        Person us = directory.person(title + " US", new CountryCode("US"), ZoneId.of("America/New_York"));
        LocalDateTime start = LocalDateTime.of(2033, 2, 24, 9, 0);
        return SystemTask.runAsSystem(() -> meetings.create(
                        MeetingDataBuilder.meeting(title)
                                .kind(MeetingKind.MINISTERIAL_MEETING)
                                .format(MeetingFormat.VIRTUAL)
                                .at(start, start.plusHours(2), RIYADH)
                                .sides(new CountryCode("US"), new CountryCode("SA"))
                                .classification(classification)
                                .objectives("Talks")
                                .headedBy(new CountryCode("RU"), ru.id(), new CountryCode("US"), us.id())
                                .build(),
                        true)
                .id());
    }

    @Test
    @WithUserDetails("viewer")
    void the_page_shows_the_time_in_the_venue_zone_the_viewer_zone_and_each_delegation_zone() {
        MeetingId id = meeting("Riyadh page probe", Classification.UNCLASSIFIED);

        UI.getCurrent().navigate("meetings/" + id);

        assertThat($(H2.class).id("meeting-title").getText()).isEqualTo("Riyadh page probe");
        assertThat($(Paragraph.class).id("time-venue").getText())
                .isEqualTo("Thu 24 Feb 2033, 09:00\u201311:00 (Riyadh, UTC+03:00)");
        assertThat($(Span.class).id("time-viewer").getText())
                .isEqualTo("Thu 24 Feb 2033, 07:00\u201309:00 (Berlin, UTC+01:00)");
        assertThat($(Paragraph.class).id("time-delegations").getText())
                .isEqualTo("Delegations: 09:00 Riyadh \u00b7 09:00 Moscow \u00b7 01:00 New York");
    }

    private MeetingId inGeneva(String title, @org.jspecify.annotations.Nullable MeetingId followUpOf) {
        Person ru = directory.person(new org.parley.directory.PersonData(
                title + " Lavrov",
                null,
                null,
                new CountryCode("RU"),
                null,
                null,
                null,
                ZoneId.of("Europe/Moscow"),
                org.parley.directory.PersonData.DEFAULT_WORKDAY_START,
                org.parley.directory.PersonData.DEFAULT_WORKDAY_END,
                null,
                "Сергей Лавров",
                org.parley.directory.PersonData.DEFAULT_WORKING_DAYS));
        Person us = directory.person(title + " Rubio", new CountryCode("US"), ZoneId.of("America/New_York"));
        ZoneId zurich = ZoneId.of("Europe/Zurich");
        var palais = SystemTask.runAsSystem(() -> venues.create(
                new org.parley.directory.VenueData(
                        "Palais des Nations " + title, "Geneva", new CountryCode("CH"), null, zurich, 700),
                List.of()));
        LocalDateTime start = LocalDateTime.of(2034, 5, 16, 10, 0);
        return SystemTask.runAsSystem(() -> meetings.create(
                        MeetingDataBuilder.meeting(title)
                                .kind(MeetingKind.MINISTERIAL_MEETING)
                                .format(MeetingFormat.IN_PERSON)
                                .at(start, start.plusHours(3), zurich)
                                .venue(palais.id())
                                .objectives("Talks")
                                .followUpOf(followUpOf)
                                .delegations(
                                        new DelegationData(
                                                new CountryCode("RU"),
                                                null,
                                                true,
                                                List.of(new MemberData(ru.id(), MemberRole.HEAD))),
                                        new DelegationData(
                                                new CountryCode("US"),
                                                null,
                                                false,
                                                List.of(new MemberData(us.id(), MemberRole.HEAD))))
                                .build(),
                        true)
                .id());
    }

    @Test
    @WithUserDetails("planner")
    void the_header_card_says_when_where_who_how_far_the_approval_is_and_what_comes_next() {
        MeetingId id = inGeneva("Geneva header probe", null);

        UI.getCurrent().navigate("meetings/" + id);

        String header = $(Div.class).id("meeting-header").getElement().getTextRecursively();
        assertThat(header).contains("Geneva header probe", "Draft", "Unclassified", "Ministerial meeting");
        assertThat($(Paragraph.class).id("time-venue").getText())
                .as("the venue's city, not the city its zone is named after")
                .isEqualTo("Tue 16 May 2034, 10:00\u201313:00 (Geneva, UTC+02:00)");
        assertThat($(Paragraph.class).id("time-delegations").getText())
                .isEqualTo("Delegations: 10:00 Geneva \u00b7 11:00 Moscow \u00b7 04:00 New York");
        assertThat($(Span.class).id("meeting-where").getText())
                .contains("Palais des Nations", "Geneva")
                .doesNotContain("Zurich");
        assertThat($(Span.class).id("meeting-heads").getText())
                .isEqualTo(
                        "Russia: Geneva header probe Lavrov (Сергей Лавров) \u00b7 United States: Geneva header probe Rubio");
        assertThat($(Span.class).id("fact-approval").getText())
                .isEqualTo("Draft: not submitted yet (needs 1 approval)");
        assertThat($(Span.class).id("fact-next-step").getText()).isEqualTo("Submit it for approval");
    }

    @Test
    @WithUserDetails("planner")
    void the_sections_stand_in_two_columns_and_the_links_under_the_header_lead_to_each() {
        MeetingId id = inGeneva("Columns probe", null);

        UI.getCurrent().navigate("meetings/" + id);

        Div columns = $(Div.class).all().stream()
                .filter(d -> d.hasClassName("parley-meeting-columns"))
                .findFirst()
                .orElseThrow();
        List<String> main = idsIn(columns, "parley-meeting-main");
        List<String> side = idsIn(columns, "parley-meeting-side");
        assertThat(main).startsWith("delegations", "agenda").contains("conflicts");
        assertThat(side)
                .containsSubsequence(
                        "approval-section", "calendar-section", "mail-section", "meeting-chain", "history");
        assertThat($(Anchor.class, $(Nav.class).id("meeting-sections")).all())
                .extracting(Anchor::getText, Anchor::getHref)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Agenda", "meetings/" + id + "#agenda"),
                        org.assertj.core.groups.Tuple.tuple("Calendar", "meetings/" + id + "#calendar-section"),
                        org.assertj.core.groups.Tuple.tuple("History", "meetings/" + id + "#history"));
    }

    private static List<String> idsIn(Div columns, String columnClass) {
        return columns.getChildren()
                .filter(c -> c.getElement().getClassList().contains(columnClass))
                .findFirst()
                .orElseThrow()
                .getChildren()
                .map(c -> c.getId().orElse(""))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    @Test
    @WithUserDetails("viewer")
    void the_chain_is_shown_as_the_tree_it_is() {
        MeetingId call = inGeneva("Tree call", null);
        MeetingId experts = inGeneva("Tree experts", call);
        MeetingId ministers = inGeneva("Tree ministers", call);
        inGeneva("Tree summit", ministers);

        UI.getCurrent().navigate("meetings/" + ministers);

        UnorderedList tree = $(UnorderedList.class).id("chain-tree");
        ListItem root = (ListItem) tree.getChildren().findFirst().orElseThrow();
        assertThat(text(root.getChildren().findFirst().orElseThrow())).startsWith("Tree call");
        UnorderedList followUps =
                (UnorderedList) root.getChildren().skip(1).findFirst().orElseThrow();
        List<ListItem> branches =
                followUps.getChildren().map(ListItem.class::cast).toList();
        assertThat(branches)
                .extracting(b -> text(b.getChildren().findFirst().orElseThrow()))
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("Tree experts"),
                        second -> assertThat(second).startsWith("Tree ministers"));
        Span current = (Span) branches.get(1).getChildren().findFirst().orElseThrow();
        assertThat(current.getClassNames()).contains("parley-chain-current");
        assertThat(branches.get(1).getElement().getTextRecursively()).contains("Tree summit");
        assertThat(branches.get(0).getElement().getTextRecursively()).doesNotContain("Tree summit");
        assertThat(experts).isNotEqualTo(ministers);
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
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

package org.parley.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
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
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberRole;
import org.parley.security.SystemTask;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class MeetingListViewTest extends SpringBrowserlessTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    DirectoryFixture directory;

    @Autowired
    MeetingService meetings;

    @Autowired
    org.parley.directory.VenueService venues;

    private void plan(String title, MeetingKind kind, Classification classification, CountryCode other) {
        plan(title, kind, classification, other, LocalDateTime.of(2031, 5, 5, 10, 0));
    }

    private void plan(
            String title, MeetingKind kind, Classification classification, CountryCode other, LocalDateTime start) {
        Person a = directory.person(title + " head A", new CountryCode("DE"), BERLIN);
        Person b = directory.person(title + " head B", other, BERLIN);
        SystemTask.runAsSystem(() -> meetings.create(
                MeetingDataBuilder.meeting(title)
                        .kind(kind)
                        .format(MeetingFormat.VIRTUAL)
                        .at(start, start.plusHours(1), BERLIN)
                        .classification(classification)
                        .delegations(List.of(
                                new DelegationData(
                                        new CountryCode("DE"),
                                        null,
                                        true,
                                        List.of(new MemberData(a.id(), MemberRole.HEAD))),
                                new DelegationData(
                                        other, null, false, List.of(new MemberData(b.id(), MemberRole.HEAD)))))
                        .build(),
                true));
    }

    @Test
    @WithUserDetails("viewer")
    void the_list_filters_by_text_kind_and_country_and_hides_what_the_viewer_may_not_see() {
        plan("Gridprobe working group", MeetingKind.WORKING_GROUP, Classification.UNCLASSIFIED, new CountryCode("FR"));
        plan("Gridprobe summit", MeetingKind.SUMMIT, Classification.UNCLASSIFIED, new CountryCode("SA"));
        plan("Gridprobe secret talks", MeetingKind.WORKING_GROUP, Classification.SECRET, new CountryCode("FR"));
        MeetingListView view = navigate(MeetingListView.class);

        test(view.text).setValue("gridprobe");
        assertThat(test(view.grid).size()).isEqualTo(2);

        view.kind.setValue(MeetingKind.SUMMIT);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).title()).isEqualTo("Gridprobe summit");

        view.kind.clear();
        view.country.setValue(new CountryCode("FR"));
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).title()).isEqualTo("Gridprobe working group");
        assertThat(view.newMeeting.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("viewer")
    void the_address_keeps_the_first_row_in_view_until_the_filters_or_the_order_change() {
        UI.getCurrent().navigate(MeetingListView.class, QueryParameters.fromString("from=&row=30"));
        MeetingListView view = (MeetingListView) getCurrentView();
        assertThat(view.state().row()).as("from the address").isEqualTo(30);

        view.scrolledTo(45);
        assertThat(view.state().row()).as("reported by the browser").isEqualTo(45);

        test(view.text).setValue("riyadh");
        assertThat(view.state().row()).as("other meetings: from the top").isZero();

        view.scrolledTo(12);
        view.grid.sort(List.of(new GridSortOrder<>(view.grid.getColumnByKey("title"), SortDirection.ASCENDING)));
        assertThat(view.state().row()).as("another order: from the top").isZero();
    }

    @Test
    @WithUserDetails("viewer")
    void the_where_column_names_the_venues_city_and_a_call_by_the_city_of_its_zone() {
        ZoneId zurich = ZoneId.of("Europe/Zurich");
        var palais = SystemTask.runAsSystem(() -> venues.create(
                new org.parley.directory.VenueData(
                        "Palais des Nations Whereprobe", "Geneva", new CountryCode("CH"), null, zurich, 700),
                List.of()));
        Person a = directory.person("Whereprobe head A", new CountryCode("DE"), BERLIN);
        Person b = directory.person("Whereprobe head B", new CountryCode("FR"), BERLIN);
        LocalDateTime start = LocalDateTime.of(2031, 6, 3, 10, 0);
        SystemTask.runAsSystem(() -> meetings.create(
                MeetingDataBuilder.meeting("Whereprobe talks in Geneva")
                        .kind(MeetingKind.MINISTERIAL_MEETING)
                        .format(MeetingFormat.IN_PERSON)
                        .at(start, start.plusHours(2), zurich)
                        .venue(palais.id())
                        .headedBy(new CountryCode("DE"), a.id(), new CountryCode("FR"), b.id())
                        .build(),
                true));
        plan(
                "Whereprobe call",
                MeetingKind.VIDEO_CALL,
                Classification.UNCLASSIFIED,
                new CountryCode("FR"),
                start.plusDays(1));
        MeetingListView view = navigate(MeetingListView.class);

        test(view.text).setValue("whereprobe");
        view.from.clear();

        assertThat(test(view.grid).size()).isEqualTo(2);
        int where = view.grid
                .getColumns()
                .indexOf(view.grid.getColumns().stream()
                        .filter(c -> "Where".equals(c.getHeaderText()))
                        .findFirst()
                        .orElseThrow());
        assertThat(List.of(
                        test(view.grid).getCellText(0, where), test(view.grid).getCellText(1, where)))
                .containsExactly("Geneva", "Berlin");
    }

    @Test
    @WithUserDetails("viewer")
    void the_list_opens_at_today_finds_participants_and_says_so_when_nothing_matches() {
        LocalDateTime now = LocalDateTime.now(BERLIN);
        plan(
                "Listprobe last spring",
                MeetingKind.VIDEO_CALL,
                Classification.UNCLASSIFIED,
                new CountryCode("FR"),
                now.minusMonths(3));
        plan(
                "Listprobe next week",
                MeetingKind.VIDEO_CALL,
                Classification.UNCLASSIFIED,
                new CountryCode("FR"),
                now.plusDays(7));
        MeetingListView view = navigate(MeetingListView.class);

        assertThat(view.from.getValue()).isEqualTo(now.toLocalDate());
        test(view.text).setValue("listprobe");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).title()).isEqualTo("Listprobe next week");

        view.from.clear();
        assertThat(test(view.grid).size()).isEqualTo(2);
        test(view.text).setValue("listprobe next week head");
        assertThat(test(view.grid).size()).as("found by a participant's name").isEqualTo(1);

        test(view.text).setValue("listprobe nobody-by-this-name");
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).startsWith("No meetings match.");
    }

    @Test
    @WithUserDetails("viewer")
    void the_address_sets_the_filters_so_that_back_a_reload_and_a_shared_link_show_the_same_list() {
        plan("Addressprobe summit", MeetingKind.SUMMIT, Classification.UNCLASSIFIED, new CountryCode("SA"));
        plan("Addressprobe call", MeetingKind.VIDEO_CALL, Classification.UNCLASSIFIED, new CountryCode("SA"));

        UI.getCurrent()
                .navigate(
                        MeetingListView.class,
                        com.vaadin.flow.router.QueryParameters.fromString(
                                "text=addressprobe&kind=SUMMIT&from=&sort=-title"));
        MeetingListView view = (MeetingListView) getCurrentView();

        assertThat(view.text.getValue()).isEqualTo("addressprobe");
        assertThat(view.kind.getValue()).isEqualTo(MeetingKind.SUMMIT);
        assertThat(view.from.getValue()).isNull();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).title()).isEqualTo("Addressprobe summit");

        view.kind.clear();
        assertThat(view.state().write(java.time.LocalDate.now(BERLIN), BERLIN))
                .containsExactly(
                        java.util.Map.entry("text", "addressprobe"),
                        java.util.Map.entry("from", ""),
                        java.util.Map.entry("sort", "-title"));
        assertThat(test(view.grid).size()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("planner")
    void a_planner_is_offered_a_new_meeting() {
        MeetingListView view = navigate(MeetingListView.class);
        assertThat(view.newMeeting.isVisible()).isTrue();
        assertThat(view.zone.getValue()).isEqualTo(BERLIN);
    }
}

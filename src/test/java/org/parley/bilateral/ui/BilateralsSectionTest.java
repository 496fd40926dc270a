package org.parley.bilateral.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.bilateral.BilateralService;
import org.parley.bilateral.PlanRunState;
import org.parley.directory.Person;
import org.parley.directory.Venue;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class BilateralsSectionTest extends SpringBrowserlessTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    @Autowired
    BilateralsSection section;

    @Autowired
    BilateralService bilaterals;

    @Autowired
    MeetingService meetings;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers users;

    private MeetingId conference(String name, int day) {
        Venue venue = directory.venue(name + " Hofburg", VIENNA, "Redoutensaal");
        LocalDateTime start = LocalDateTime.of(2750, 3, 3, 8, 0).plusDays(day);
        MeetingId id = users.as(
                "planner",
                () -> meetings.create(
                                MeetingDataBuilder.meeting(name)
                                        .kind(MeetingKind.CONFERENCE)
                                        .at(start, start.plusHours(12), VIENNA)
                                        .venue(venue.id())
                                        .delegations(List.of())
                                        .build(),
                                true)
                        .id());
        users.as(
                "planner",
                () -> bilaterals.setRooms(id, Set.of(venue.rooms().getFirst().id())));
        return id;
    }

    private Component shown(MeetingId id) {
        Component component = section.create(id.value(), () -> {});
        UI.getCurrent().add(component);
        return component;
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(BilateralsSectionTest::descendants));
    }

    private static <T extends Component> T byId(Class<T> type, String id) {
        return descendants(UI.getCurrent())
                .filter(c -> id.equals(c.getId().orElse(null)))
                .map(type::cast)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails("planner")
    void a_planner_pastes_requests_plans_them_and_sees_each_placed_with_its_room() {
        MeetingId id = conference("Section conference A", 0);
        Person minister = directory.person("Section minister A", new CountryCode("RU"), VIENNA);
        Person guest = directory.person("Section guest A", new CountryCode("AT"), VIENNA);
        shown(id);

        test(byId(TextArea.class, "bilateral-csv"))
                .setValue("country,counterpart,our_principal,priority\n" + "AT," + guest.fullName() + ","
                        + minister.fullName() + ",must\n");
        test(byId(Button.class, "bilateral-import")).click();
        test(byId(Button.class, "bilateral-plan")).click();

        assertThat(byId(Span.class, "bilateral-plan-best").getText()).startsWith("Planning");
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        awaitEndOfPlanning(id);
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
        @SuppressWarnings("unchecked")
        Grid<Object> grid = byId(Grid.class, "bilateral-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Section guest A (AT)");
        assertThat(test(grid).getCellText(0, 4)).contains("Redoutensaal");
        assertThat(byId(Span.class, "bilateral-plan-summary").getText())
                .isEqualTo("Plan made: 1 must, 0 should and 0 could bilaterals placed.");
        List<String> dayByRoom = texts(byId(Div.class, "bilateral-plan-grid"));
        assertThat(dayByRoom).startsWith("", "Redoutensaal", "3 Mar 2750");
        assertThat(dayByRoom).anyMatch(text -> text.contains("Section guest A (AT)"));
    }

    @Test
    @WithUserDetails("planner")
    void a_planner_stops_planning_early_and_keeps_the_best_plan_so_far() {
        MeetingId id = conference("Section conference D", 6);
        Person minister = directory.person("Section minister D", new CountryCode("RU"), VIENNA);
        Person guest = directory.person("Section guest D", new CountryCode("FR"), VIENNA);
        bilaterals.importCsv(
                id,
                "country,counterpart,our_principal,priority\n" + "FR," + guest.fullName() + "," + minister.fullName()
                        + ",should\n");
        shown(id);

        test(byId(Button.class, "bilateral-plan")).click();
        test(byId(Button.class, "bilateral-plan-stop")).click();
        awaitEndOfPlanning(id);

        assertThat(byId(Span.class, "bilateral-plan-summary").getText()).startsWith("Planning stopped early");
        assertThat(bilaterals.planRun(id).state()).isEqualTo(PlanRunState.STOPPED);
    }

    @Test
    @WithUserDetails("planner")
    void leaving_the_page_while_planning_stops_asking_for_news() {
        MeetingId id = conference("Section conference E", 8);
        Person minister = directory.person("Section minister E", new CountryCode("RU"), VIENNA);
        Person guest = directory.person("Section guest E", new CountryCode("IN"), VIENNA);
        bilaterals.importCsv(
                id,
                "country,counterpart,our_principal,priority\n" + "IN," + guest.fullName() + "," + minister.fullName()
                        + ",could\n");
        Component shown = shown(id);
        test(byId(Button.class, "bilateral-plan")).click();

        UI.getCurrent().remove(shown);

        assertThat(UI.getCurrent().getPollInterval()).isNegative();
        bilaterals.stopPlanning(id);
        awaitEnd(id);
        assertThat(bilaterals.planRun(id).state()).isIn(PlanRunState.STOPPED, PlanRunState.FINISHED);
    }

    /** Waits for the run to end, then lets the page poll once, as the browser would. */
    private void awaitEndOfPlanning(MeetingId id) {
        awaitEnd(id);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    private void awaitEnd(MeetingId id) {
        long giveUp = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (bilaterals.planRun(id).running() && System.nanoTime() < giveUp) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<String> texts(Div table) {
        return table.getChildren()
                .map(cell -> cell.getElement().getTextRecursively())
                .toList();
    }

    @Test
    @WithUserDetails("planner")
    void a_bad_paste_lists_each_problem_with_its_line_and_adds_nothing() {
        MeetingId id = conference("Section conference B", 2);
        shown(id);

        test(byId(TextArea.class, "bilateral-csv"))
                .setValue("country,counterpart,our_principal,priority\n" + "A1,Nobody,Nobody either,soon\n");
        test(byId(Button.class, "bilateral-import")).click();

        List<String> messages = byId(UnorderedList.class, "bilateral-messages")
                .getChildren()
                .map(c -> ((ListItem) c).getText())
                .toList();
        assertThat(messages)
                .contains(
                        "Line 2: \"A1\" is not a two-letter country code.",
                        "Line 2: Nobody in the directory is called \"Nobody\".",
                        "Line 2: The column \"priority\" cannot be \"soon\".");
        assertThat(bilaterals.list(id)).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_sees_the_requests_but_no_paste_box_or_plan_button() {
        MeetingId id = users.as("planner", () -> conference("Section conference C", 4));
        Component shown = shown(id);

        assertThat(descendants(shown)
                        .noneMatch(
                                c -> c.getId().filter("bilateral-plan"::equals).isPresent()))
                .isTrue();
        assertThat(descendants(shown)
                        .anyMatch(c -> c instanceof Span s
                                && s.getText().equals("No bilateral requests yet. Paste them below as CSV.")))
                .isTrue();
    }
}

package org.parley.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.MutableClock;
import org.parley.ParleyTest;
import org.parley.directory.Person;
import org.parley.shared.CountryCode;
import org.parley.shared.TimeLabels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
@WithUserDetails("planner")
class SlotFinderDialogTest extends SpringBrowserlessTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    DirectoryFixture directory;

    @Autowired
    MutableClock clock;

    private Person minister;
    private Person secretary;
    private Person adviser;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        int n = counter.incrementAndGet();
        // a January morning in a year of its own: Moscow is UTC+3, New York UTC−5, Berlin UTC+1
        today = LocalDate.of(2500 + n, 1, 5);
        clock.set(today.atTime(11, 0).atZone(MOSCOW).toInstant());
        minister = directory.person("Finder minister " + n, new CountryCode("RU"), MOSCOW);
        secretary = directory.person("Finder secretary " + n, new CountryCode("US"), NEW_YORK);
        adviser = directory.person("Finder adviser " + n, new CountryCode("DE"), BERLIN);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private MeetingEditorView callBetweenMinisterAndSecretary() {
        UI.getCurrent().navigate("meetings/new");
        MeetingEditorView editor = (MeetingEditorView) getCurrentView();
        EditorInput.phoneCall(
                this, editor, "Ministers' call", MOSCOW, today.plusDays(3).atTime(10, 0), minister, secretary);
        return editor;
    }

    private SlotFinderDialog openFinder(MeetingEditorView editor) {
        test(editor.whenWhere.findTime).click();
        return $(SlotFinderDialog.class).single();
    }

    @Test
    void the_assistant_proposes_a_time_for_the_delegations_and_using_it_fills_the_editor() {
        MeetingEditorView editor = callBetweenMinisterAndSecretary();

        SlotFinderDialog finder = openFinder(editor);
        assertThat(finder.people).containsExactly(minister, secretary);
        assertThat(finder.duration.getValue()).isEqualTo(60);
        assertThat(finder.from.getValue()).isEqualTo(today);
        assertThat(finder.to.getValue()).isEqualTo(today.plusDays(13));
        assertThat(finder.earliest.getValue()).isEqualTo(LocalTime.of(8, 0));
        assertThat(finder.latest.getValue()).isEqualTo(LocalTime.of(18, 0));
        finder.addPerson.setValue(adviser);
        test(finder.search).click();

        // 17:00 in Moscow is 09:00 in New York and 15:00 in Berlin: the only hour inside all three working days
        assertThat(finder.proposals).hasSize(10);
        SlotFinderDialog.ProposalRow best = finder.proposals.getFirst();
        assertThat(best.outside.getText()).isEqualTo("Everyone within working hours");
        assertThat(best.localTimes.getElement().getTextRecursively())
                .isEqualTo(minister.fullName()
                        + " 17:00 Moscow \u00b7 " + secretary.fullName() + " 09:00 New York \u00b7 "
                        + adviser.fullName()
                        + " 15:00 Berlin");
        assertThat(finder.explanation.getText()).contains("have everyone free");
        test(best.use).click();

        assertThat(editor.whenWhere.start.getValue()).isEqualTo(LocalDateTime.of(today, LocalTime.of(17, 0)));
        assertThat(editor.whenWhere.end.getValue()).isEqualTo(LocalDateTime.of(today, LocalTime.of(18, 0)));
        assertThat(editor.whenWhere.timeZone.getValue()).isEqualTo(MOSCOW);
        assertThat(finder.isOpened()).isFalse();
    }

    @Test
    void people_outside_their_hours_are_marked_and_another_local_day_is_shown() {
        MeetingEditorView editor = callBetweenMinisterAndSecretary();
        SlotFinderDialog finder = openFinder(editor);
        finder.earliest.setValue(LocalTime.of(7, 0));
        finder.latest.setValue(LocalTime.of(7, 30));
        finder.to.setValue(today.plusDays(1));

        test(finder.search).click();

        // today's 07:00 has passed; tomorrow's is before the minister's day and 23:00 the evening before in New York
        SlotFinderDialog.ProposalRow first = finder.proposals.getFirst();
        assertThat(first.when.getText())
                .startsWith(TimeLabels.dayAndTime(
                        today.plusDays(1).atTime(7, 0).atZone(MOSCOW).toInstant(), MOSCOW));
        assertThat(first.outside.getText()).isEqualTo("2 people outside working hours");
        assertThat(first.localTimes.getElement().getTextRecursively())
                .isEqualTo(minister.fullName() + " 07:00 Moscow \u2717 \u00b7 " + secretary.fullName()
                        + " 23:00 (\u22121 day) New York \u2717");
    }

    @Test
    void mistakes_are_shown_next_to_the_fields_and_nothing_fitting_is_explained() {
        MeetingEditorView editor = callBetweenMinisterAndSecretary();
        SlotFinderDialog finder = openFinder(editor);
        finder.from.setValue(today.plusDays(5));
        finder.to.setValue(today.plusDays(4));
        finder.duration.setValue(5);

        test(finder.search).click();

        assertThat(finder.to.isInvalid()).isTrue();
        assertThat(finder.to.getErrorMessage()).isEqualTo("The last day cannot be before the first");
        assertThat(finder.duration.isInvalid()).isTrue();
        assertThat(finder.duration.getErrorMessage())
                .isEqualTo("A meeting found this way lasts from 15 minutes to 12 hours");
        assertThat(finder.proposals).isEmpty();

        finder.to.setValue(today);
        finder.from.setValue(today);
        finder.duration.setValue(60);
        finder.earliest.setValue(LocalTime.of(9, 0));
        finder.latest.setValue(LocalTime.of(10, 0));
        test(finder.search).click();

        assertThat(finder.to.isInvalid()).isFalse();
        assertThat(finder.proposals).isEmpty();
        assertThat(finder.explanation.getText())
                .startsWith("Every start between 09:00 and 10:00")
                .endsWith("has already passed. Choose later days.");
        assertThat(editor.whenWhere.start.getValue())
                .isEqualTo(today.plusDays(3).atTime(10, 0));
    }

    @Test
    void removing_everyone_asks_for_a_person() {
        MeetingEditorView editor = callBetweenMinisterAndSecretary();
        SlotFinderDialog finder = openFinder(editor);

        while (!finder.people.isEmpty()) {
            test(removeButtonOf(finder, 0)).click();
        }
        test(finder.search).click();

        assertThat(finder.peopleProblem.getText()).isEqualTo("Choose at least one person");
        assertThat(finder.proposals).isEmpty();
    }

    private static com.vaadin.flow.component.button.Button removeButtonOf(SlotFinderDialog finder, int index) {
        return (com.vaadin.flow.component.button.Button) finder.peopleList
                .getComponentAt(index)
                .getChildren()
                .filter(c -> c instanceof com.vaadin.flow.component.button.Button)
                .findFirst()
                .orElseThrow();
    }
}

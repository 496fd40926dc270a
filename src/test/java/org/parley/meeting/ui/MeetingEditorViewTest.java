package org.parley.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.directory.Person;
import org.parley.meeting.Acknowledged;
import org.parley.meeting.Conflict;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberRole;
import org.parley.meeting.Tier;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class MeetingEditorViewTest extends SpringBrowserlessTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    DirectoryFixture directory;

    @Autowired
    MeetingService meetings;

    @Autowired
    org.parley.approval.ApprovalService approvals;

    @Autowired
    org.parley.TestUsers users;

    private Person minister;
    private Person secretary;
    private int year;

    @BeforeEach
    void people() {
        int n = counter.incrementAndGet();
        year = 2060 + n;
        minister = directory.person("Editor minister " + n, new CountryCode("RU"), MOSCOW);
        secretary = directory.person("Editor secretary " + n, new CountryCode("US"), NEW_YORK);
    }

    private MeetingEditorView openNewMeeting() {
        UI.getCurrent().navigate("meetings/new");
        return (MeetingEditorView) getCurrentView();
    }

    private void fillCall(MeetingEditorView editor, String title, LocalDateTime start) {
        EditorInput.phoneCall(this, editor, title, MOSCOW, start, minister, secretary);
    }

    @Test
    @WithUserDetails("planner")
    void saving_over_a_newer_version_names_who_changed_it_and_keeps_both_versions() {
        LocalDateTime start = LocalDateTime.of(year, 5, 2, 15, 0);
        MeetingEditorView first = openNewMeeting();
        fillCall(first, "Contested draft " + year, start);
        test(first.save).click();
        org.parley.meeting.MeetingSummary saved = meetings.find(
                        MeetingFilter.all().withText("Contested draft " + year), PageRequest.of(0, 5))
                .getContent()
                .getFirst();

        UI.getCurrent().navigate("meetings/" + saved.id() + "/edit");
        MeetingEditorView mine = (MeetingEditorView) getCurrentView();
        test(mine.basics.title).setValue("Contested draft " + year + ", my version");
        org.parley.meeting.MeetingDetails current = meetings.get(saved.id());
        org.parley.meeting.MeetingData theirs = current.toData();
        org.parley.security.SystemTask.runAsSystem(() -> meetings.update(
                saved.id(),
                MeetingDataBuilder.from(theirs)
                        .title("Contested draft " + year + ", their version")
                        .build(),
                current.version(),
                Acknowledged.CONFLICTS,
                Acknowledged.REAPPROVAL));

        test(mine.save).click();

        ConfirmDialog dialog = $(ConfirmDialog.class).id("concurrent-change");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getProperty("message")).contains("system saved this meeting");
        assertThat(mine.basics.title.getValue()).endsWith("my version");
        assertThat(meetings.get(saved.id()).title()).endsWith("their version");
    }

    @Test
    @WithUserDetails("planner")
    void choosing_a_kind_suggests_its_tier_and_format() {
        MeetingEditorView editor = openNewMeeting();

        test(editor.basics.kind).selectItem(MeetingKind.SUMMIT.label());

        assertThat(editor.basics.tier.getValue()).isEqualTo(Tier.HEAD_OF_STATE);
        test(editor.basics.kind).selectItem(MeetingKind.PHONE_CALL.label());
        assertThat(editor.basics.format.getValue().label()).isEqualTo("Phone");
    }

    @Test
    @WithUserDetails("planner")
    void the_title_counts_its_characters_against_the_limit_as_the_planner_types() {
        MeetingEditorView editor = openNewMeeting();
        assertThat(editor.basics.title.getHelperText()).isEqualTo("0 of 200 characters");

        test(editor.basics.title).setValue("Strategic dialogue");

        assertThat(editor.basics.title.getHelperText()).isEqualTo("18 of 200 characters");
        assertThat(editor.basics.title.getMaxLength()).isEqualTo(200);
    }

    @Test
    @WithUserDetails("planner")
    void the_title_counter_speaks_the_planners_language() {
        UI.getCurrent().setLocale(java.util.Locale.of("ru"));
        MeetingEditorView editor = openNewMeeting();

        test(editor.basics.title).setValue("Консультации");

        assertThat(editor.basics.title.getHelperText()).isEqualTo("Символов: 12 из 200");
    }

    @Test
    @WithUserDetails("planner")
    void mistakes_are_explained_next_to_the_fields_and_nothing_is_saved() {
        MeetingEditorView editor = openNewMeeting();
        test(editor.basics.title).setValue("");
        editor.whenWhere.start.setValue(LocalDateTime.of(year, 3, 1, 10, 0));
        editor.whenWhere.end.setValue(LocalDateTime.of(year, 3, 1, 9, 0));
        test(editor.delegations.addDelegation).click();
        DelegationEditor only = editor.delegations.editors.getFirst();
        only.country.setValue(new CountryCode("RU"));
        test(only.addMember).click();
        only.members.getFirst().person.setValue(minister);
        only.members.getFirst().role.setValue(MemberRole.EXPERT);

        test(editor.save).click();

        assertThat(editor.basics.title.isInvalid()).isTrue();
        assertThat(editor.basics.title.getErrorMessage()).isEqualTo("Give the meeting a title");
        assertThat(editor.whenWhere.end.isInvalid()).isTrue();
        assertThat(editor.whenWhere.end.getErrorMessage()).isEqualTo("The end must be after the start");
        assertThat(only.problem.getText()).isEqualTo("Each delegation needs exactly one head of delegation");
        assertThat(editor.delegations.isInvalid()).isTrue();
        assertThat(editor.delegations.getErrorMessage()).isEqualTo("Complete the delegations marked below");
        assertThat(getCurrentView()).isSameAs(editor);
    }

    @Test
    @WithUserDetails("planner")
    void a_planner_keeps_their_own_order_of_a_delegation_by_moving_members_up() {
        MeetingEditorView editor = openNewMeeting();
        test(editor.delegations.addDelegation).click();
        DelegationEditor only = editor.delegations.editors.getFirst();
        only.country.setValue(new CountryCode("RU"));
        test(only.addMember).click();
        test(only.addMember).click();
        only.members.get(0).person.setValue(minister);
        only.members.get(1).person.setValue(secretary);
        assertThat(only.members.get(1).moveUp.isVisible())
                .as("precedence orders until the planner says")
                .isFalse();

        only.manualOrder.setValue(true);
        test(only.members.get(1).moveUp).click();

        DelegationData entered = only.value();
        assertThat(entered.manualOrder()).isTrue();
        assertThat(entered.members()).extracting(MemberData::person).containsExactly(secretary.id(), minister.id());
    }

    @Test
    @WithUserDetails("planner")
    void a_planner_sets_a_delegations_working_language_as_an_iso_code() {
        MeetingEditorView editor = openNewMeeting();
        test(editor.delegations.addDelegation).click();
        DelegationEditor only = editor.delegations.editors.getFirst();
        only.country.setValue(new CountryCode("RU"));
        test(only.addMember).click();
        only.members.get(0).person.setValue(minister);
        assertThat(only.value().language()).as("empty: the head's language").isNull();

        only.language.setValue("Russian");
        assertThat(only.validate()).isFalse();
        assertThat(only.language.isInvalid()).isTrue();

        only.language.setValue("en");
        assertThat(only.validate()).isTrue();
        assertThat(only.value().language()).isEqualTo("en");
    }

    @Test
    @WithUserDetails("planner")
    void the_agenda_total_warns_when_it_runs_over() {
        MeetingEditorView editor = openNewMeeting();
        editor.whenWhere.start.setValue(LocalDateTime.of(year, 3, 1, 10, 0));
        editor.whenWhere.end.setValue(LocalDateTime.of(year, 3, 1, 11, 0));
        test(editor.agenda.addItem).click();
        test(editor.agenda.addItem).click();
        editor.agenda.items.get(0).minutes.setValue(40);
        editor.agenda.items.get(1).minutes.setValue(30);

        assertThat(editor.agenda.total.getText())
                .isEqualTo("Planned 70 of 60 minutes \u2014 the agenda runs over the meeting's length");

        editor.agenda.items.get(1).minutes.setValue(20);
        assertThat(editor.agenda.total.getText()).isEqualTo("Planned 60 of 60 minutes");
    }

    @Test
    @WithUserDetails("planner")
    void agenda_items_move_up_and_down() {
        MeetingEditorView editor = openNewMeeting();
        for (String title : new String[] {"Channels", "Sanctions", "Missions"}) {
            test(editor.agenda.addItem).click();
            editor.agenda.items.getLast().title.setValue(title);
        }

        test(editor.agenda.items.get(2).up).click();

        assertThat(editor.agenda.getValue())
                .extracting(i -> i.title())
                .containsExactly("Channels", "Missions", "Sanctions");
    }

    @Test
    @WithUserDetails("planner")
    void a_busy_person_shows_up_as_a_conflict_at_once_and_saving_asks_for_confirmation() {
        LocalDateTime start = LocalDateTime.of(year, 4, 2, 15, 0);
        MeetingEditorView first = openNewMeeting();
        fillCall(first, "Earlier call " + year, start);
        test(first.save).click();
        assertThat(meetings.find(MeetingFilter.all().withText("Earlier call " + year), PageRequest.of(0, 5))
                        .getContent())
                .hasSize(1);

        MeetingEditorView second = openNewMeeting();
        fillCall(second, "Clashing call " + year, start.plusMinutes(30));

        assertThat(second.currentConflicts).anyMatch(c -> c instanceof Conflict.PersonBusy);
        assertThat(second.conflictPanel.getElement().getTextRecursively())
                .contains(minister.fullName() + " is already in \u201cEarlier call " + year + "\u201d");

        test(second.save).click();
        ConfirmDialog confirmation = $(ConfirmDialog.class).id("conflict-confirmation");
        assertThat(confirmation.isOpened()).isTrue();
        assertThat(meetings.find(MeetingFilter.all().withText("Clashing call " + year), PageRequest.of(0, 5))
                        .getContent())
                .isEmpty();
    }

    @Test
    @WithUserDetails("planner")
    void moving_an_approved_meeting_asks_before_sending_it_back_for_approval() {
        LocalDateTime start = LocalDateTime.of(year, 6, 2, 15, 0);
        MeetingEditorView first = openNewMeeting();
        fillCall(first, "Approved call " + year, start);
        test(first.save).click();
        org.parley.meeting.MeetingId id = meetings.find(
                        MeetingFilter.all().withText("Approved call " + year), PageRequest.of(0, 5))
                .getContent()
                .getFirst()
                .id();
        users.as("planner", () -> approvals.submit(id, null));
        users.as("approver", () -> approvals.approve(id, 1, null));

        MeetingsNavigation.toEditor(id);
        MeetingEditorView editor = (MeetingEditorView) getCurrentView();
        editor.whenWhere.start.setValue(start.plusHours(1));
        test(editor.save).click();

        ConfirmDialog asked = $(ConfirmDialog.class).id("reapproval-confirmation");
        assertThat(asked.isOpened()).isTrue();
        assertThat(asked.getElement().getProperty("message")).contains("start").contains("approved");
        assertThat(meetings.get(id).status()).isEqualTo(org.parley.meeting.MeetingStatus.APPROVED);

        test(asked).confirm();

        assertThat(meetings.get(id).status()).isEqualTo(org.parley.meeting.MeetingStatus.PENDING_APPROVAL);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("meetings/" + id);
    }

    @Test
    @WithUserDetails("planner")
    void the_conference_picker_pages_through_every_conference_in_the_database() {
        String marker = "Pickerconf" + year;
        for (int i = 0; i < 3; i++) {
            int n = i;
            users.as(
                    "planner",
                    () -> meetings.create(
                            MeetingDataBuilder.meeting(marker + " " + n)
                                    .kind(MeetingKind.CONFERENCE)
                                    .format(org.parley.meeting.MeetingFormat.VIRTUAL)
                                    .at(
                                            LocalDateTime.of(year, 7, 1 + n, 9, 0),
                                            LocalDateTime.of(year, 7, 1 + n, 18, 0),
                                            MOSCOW)
                                    .build(),
                            true));
        }

        var secondPage = meetings.conferences(marker, PageRequest.of(1, 2));

        assertThat(secondPage.getContent())
                .extracting(org.parley.meeting.MeetingRef::title)
                .containsExactly(marker + " 0");
        MeetingEditorView editor = openNewMeeting();
        test(editor.related.parentConference).setFilter(marker);
        assertThat(test(editor.related.parentConference).getSuggestions())
                .containsExactly(marker + " 2", marker + " 1", marker + " 0");
    }
}

package org.parley.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.meeting.MeetingDataBuilder.meeting;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.followup.ActionFilter;
import org.parley.followup.FollowUpService;
import org.parley.followup.OutcomeData;
import org.parley.followup.OutcomeKind;
import org.parley.security.NewUser;
import org.parley.security.Role;
import org.parley.security.SystemTask;
import org.parley.security.UserService;
import org.parley.security.UserSummary;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** "My meetings" with an account linked to a person: the meetings I take part in plus those I planned (docs/0025). */
@ParleyTest
class MyMeetingsTest {

    private static final AtomicInteger counter = new AtomicInteger();
    private static final CountryCode RU = new CountryCode("RU");
    private static final CountryCode US = new CountryCode("US");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Autowired
    MeetingService meetings;

    @Autowired
    PeopleService people;

    @Autowired
    UserService users;

    @Autowired
    FollowUpService followUps;

    @Autowired
    org.parley.approval.ApprovalService approvals;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers as;

    private UserSummary newPlanner() {
        String username = "mine" + counter.incrementAndGet() + "-" + System.nanoTime() % 100000;
        return SystemTask.runAsSystem(() -> users.create(new NewUser(
                username,
                "Planner " + username,
                null,
                Set.of(Role.PLANNER),
                Classification.SECRET,
                MOSCOW,
                "en",
                "a-long-pass-phrase-1")));
    }

    private MeetingId plan(String planner, String title, Person ours, Person theirs) {
        LocalDateTime start = LocalDateTime.of(2021, 3, 10, 10, 0).plusDays(counter.incrementAndGet());
        return as.as(
                planner,
                () -> meetings.create(
                                meeting(title)
                                        .kind(MeetingKind.PHONE_CALL)
                                        .at(start, start.plusHours(1), MOSCOW)
                                        .headedBy(RU, ours.id(), US, theirs.id())
                                        .build(),
                                true)
                        .id());
    }

    private List<String> titles(String username, MeetingFilter filter) {
        return as.as(
                username,
                () -> meetings.find(filter, PageRequest.of(0, 50))
                        .map(MeetingSummary::title)
                        .getContent());
    }

    @Test
    void with_a_linked_person_my_meetings_are_the_ones_i_take_part_in_and_the_ones_i_planned() {
        UserSummary me = newPlanner();
        String marker = "Mine" + counter.incrementAndGet();
        Person myself = directory.person(marker + " Morozova", RU, MOSCOW);
        Person colleague = directory.person(marker + " Volkov", RU, MOSCOW);
        Person american = directory.person(marker + " Grant", US, ZoneId.of("America/New_York"));
        plan("planner", marker + " talks I attend", myself, american);
        plan(me.username(), marker + " talks I planned", colleague, american);
        plan("planner", marker + " talks of others", colleague, american);
        MeetingFilter byMarker = MeetingFilter.all().withText(marker);

        assertThat(titles(me.username(), byMarker.mine(me.username(), null)))
                .containsExactly(marker + " talks I planned");

        as.as("admin", () -> people.linkAccount(myself.id(), me.id()));
        var mine = byMarker.mine(
                me.username(), as.as(me.username(), () -> people.myPerson()).orElseThrow());

        assertThat(titles(me.username(), mine))
                .containsExactlyInAnyOrder(marker + " talks I attend", marker + " talks I planned");
        assertThat(as.as(me.username(), () -> meetings.count(mine))).isEqualTo(2);
    }

    @Test
    void action_items_assigned_to_me_are_mine_as_a_user_and_as_my_person() {
        UserSummary me = newPlanner();
        String marker = "Acts" + counter.incrementAndGet();
        Person myself = directory.person(marker + " Belov", RU, MOSCOW);
        Person other = directory.person(marker + " Hale", US, ZoneId.of("America/New_York"));
        MeetingId talks = plan(me.username(), marker + " talks", myself, other);
        // a meeting that took place: approved and over (2021)
        as.as(me.username(), () -> approvals.submit(talks, null));
        as.as("approver", () -> approvals.approve(talks, 1, null));
        var due = java.time.LocalDate.of(2031, 4, 1);
        as.as(me.username(), () -> {
            followUps.record(
                    talks,
                    new OutcomeData(OutcomeKind.ACTION_ITEM, marker + " for my person", null, myself.id(), null, due));
            followUps.record(
                    talks,
                    new OutcomeData(
                            OutcomeKind.ACTION_ITEM, marker + " for my account", null, null, me.username(), due));
            followUps.record(
                    talks,
                    new OutcomeData(
                            OutcomeKind.ACTION_ITEM, marker + " for someone else", null, other.id(), null, due));
        });
        var assignedToMe = new ActionFilter(null, null, null, null, true);

        assertThat(actionTexts(me.username(), assignedToMe)).containsExactly(marker + " for my account");

        as.as("admin", () -> people.linkAccount(myself.id(), me.id()));

        assertThat(actionTexts(me.username(), assignedToMe))
                .containsExactlyInAnyOrder(marker + " for my person", marker + " for my account");
        assertThat(actionTexts(me.username(), new ActionFilter(null, null, due, due)))
                .contains(marker + " for someone else");
    }

    private List<String> actionTexts(String username, ActionFilter filter) {
        return as.as(
                username,
                () -> followUps
                        .actionItems(filter, PageRequest.of(0, 50))
                        .map(o -> o.text())
                        .getContent());
    }
}

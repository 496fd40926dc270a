package org.parley.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.MutableClock;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.approval.ApprovalService;
import org.parley.directory.Person;
import org.parley.meeting.AgendaItemData;
import org.parley.meeting.MeetingChain;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingRef;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@ParleyTest
class FollowUpServiceTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    FollowUpService followUps;

    @Autowired
    MeetingService meetings;

    @Autowired
    ApprovalService approvals;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    private Person minister;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A ministers' call that took place: approved, ended and completed. */
    private MeetingId pastCall(String title, Classification classification) {
        int n = counter.incrementAndGet();
        minister = directory.person("Follow-up minister " + n, new CountryCode("RU"), MOSCOW);
        Person secretary =
                directory.person("Follow-up secretary " + n, new CountryCode("US"), ZoneId.of("America/New_York"));
        LocalDateTime start = LocalDateTime.of(2300 + n, 2, 18, 15, 0);
        MeetingId id = users.as(
                "planner",
                () -> meetings.create(
                                MeetingDataBuilder.meeting(title)
                                        .kind(MeetingKind.PHONE_CALL)
                                        .at(start, start.plusHours(1), MOSCOW)
                                        .sides(new CountryCode("US"), new CountryCode("RU"))
                                        .classification(classification)
                                        .headedBy(
                                                new CountryCode("RU"),
                                                minister.id(),
                                                new CountryCode("US"),
                                                secretary.id())
                                        .agenda(List.of(
                                                new AgendaItemData("Channels", "", 20),
                                                new AgendaItemData("Embassies", "", 20)))
                                        .build(),
                                true)
                        .id());
        users.as("planner", () -> approvals.submit(id, null));
        users.as("approver", () -> approvals.approve(id, 1, null));
        clock.set(start.plusHours(2).atZone(MOSCOW).toInstant());
        users.as("planner", () -> approvals.complete(id));
        return id;
    }

    private OutcomeData action(String text, LocalDate due) {
        return new OutcomeData(OutcomeKind.ACTION_ITEM, text, 1, minister.id(), null, due);
    }

    @Test
    void decisions_and_action_items_are_recorded_after_the_meeting() {
        MeetingId call = pastCall("Recorded call", Classification.UNCLASSIFIED);

        users.as(
                "planner",
                () -> followUps.record(
                        call,
                        new OutcomeData(
                                OutcomeKind.DECISION, "Keep channels of communication open", 0, null, null, null)));
        Outcome item = users.as(
                "planner",
                () -> followUps.record(call, action("Convene experts on the embassies", LocalDate.of(2400, 1, 1))));

        assertThat(users.as("viewer", () -> followUps.outcomesOf(call)))
                .extracting(Outcome::kind, Outcome::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                OutcomeKind.DECISION, "Keep channels of communication open"),
                        org.assertj.core.groups.Tuple.tuple(
                                OutcomeKind.ACTION_ITEM, "Convene experts on the embassies"));
        assertThat(item.ownerName()).isEqualTo(minister.fullName());
        assertThat(item.status()).isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void an_action_item_needs_an_owner_and_a_due_date_and_a_meeting_that_took_place() {
        MeetingId call = pastCall("Validated call", Classification.UNCLASSIFIED);
        assertThatThrownBy(() -> users.as(
                        "planner",
                        () -> followUps.record(
                                call,
                                new OutcomeData(OutcomeKind.ACTION_ITEM, "Do something", null, null, null, null))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("needs an owner and a due date");

        MeetingDetails earlier = users.as("planner", () -> meetings.get(call));
        MeetingId future = users.as(
                "planner",
                () -> meetings.create(
                                MeetingDataBuilder.meeting("Not yet")
                                        .kind(earlier.kind())
                                        .tier(earlier.tier())
                                        .format(earlier.format())
                                        .at(
                                                earlier.toData().start().plusYears(1),
                                                earlier.toData().end().plusYears(1),
                                                MOSCOW)
                                        .delegations(earlier.toData().delegations())
                                        .build(),
                                true)
                        .id());
        assertThatThrownBy(() -> users.as(
                        "planner",
                        () -> followUps.record(
                                future, new OutcomeData(OutcomeKind.DECISION, "Too early", null, null, null, null))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("after the meeting has taken place");
    }

    @Test
    void a_follow_up_is_prefilled_from_the_action_item_and_saved_with_its_link_only_when_planned() {
        MeetingId call = pastCall("Chain call", Classification.UNCLASSIFIED);
        Outcome item = users.as(
                "planner",
                () -> followUps.record(call, action("Experts' meeting on the embassies", LocalDate.of(2400, 3, 1))));

        MeetingData draft = users.as("planner", () -> followUps.followUpDraft(item.id()));

        assertThat(draft.title()).isEqualTo("Follow-up: Experts' meeting on the embassies");
        assertThat(draft.followUpOf()).isEqualTo(call);
        assertThat(draft.delegations()).hasSize(2);
        assertThat(users.as("planner", () -> meetings.chain(call)).cameOf())
                .as("nothing saved yet")
                .isEmpty();
        assertThat(users.as("planner", () -> followUps.outcomesOf(call))
                        .getFirst()
                        .followUp())
                .isNull();

        MeetingData completed = MeetingDataBuilder.meeting(draft.title())
                .kind(draft.kind())
                .tier(draft.tier())
                .format(MeetingFormat.VIRTUAL)
                .at(draft.start(), draft.end(), draft.timeZone())
                .classification(draft.classification())
                .objectives(draft.objectives())
                .followUpOf(draft.followUpOf())
                .delegations(draft.delegations())
                .build();
        MeetingId followUp = users.as("planner", () -> followUps.planFollowUp(item.id(), completed, true))
                .id();

        MeetingDetails saved = users.as("planner", () -> meetings.get(followUp));
        assertThat(saved.status()).isEqualTo(MeetingStatus.DRAFT);
        assertThat(saved.followUpOf().id()).isEqualTo(call);
        assertThat(saved.start())
                .isEqualTo(users.as("planner", () -> meetings.get(call)).start().plus(Duration.ofDays(14)));
        assertThat(users.as("planner", () -> followUps.outcomesOf(call))
                        .getFirst()
                        .followUp())
                .isEqualTo(followUp);
        assertThatThrownBy(() -> users.as("planner", () -> followUps.followUpDraft(item.id())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already planned");
        assertThatThrownBy(() -> users.as("planner", () -> followUps.planFollowUp(item.id(), completed, true)))
                .isInstanceOf(RuleViolationException.class);

        MeetingChain fromCall = users.as("viewer", () -> meetings.chain(call));
        assertThat(fromCall.cameOf()).extracting(MeetingRef::id).containsExactly(followUp);
        MeetingChain fromDraft = users.as("viewer", () -> meetings.chain(followUp));
        assertThat(fromDraft.ledTo()).extracting(MeetingRef::id).containsExactly(call);
    }

    @Test
    void a_follow_up_of_a_call_is_an_expert_meeting_whatever_language_the_action_item_is_written_in() {
        MeetingId call = pastCall("Kind call", Classification.UNCLASSIFIED);
        Outcome english = users.as(
                "planner",
                () -> followUps.record(call, action("Prepare a summit of the Presidents", LocalDate.of(2400, 3, 1))));
        Outcome russian = users.as(
                "planner",
                () -> followUps.record(call, action("Подготовить встречу на высшем уровне", LocalDate.of(2400, 3, 1))));

        MeetingData englishDraft = users.as("planner", () -> followUps.followUpDraft(english.id()));
        MeetingData russianDraft = users.as("planner", () -> followUps.followUpDraft(russian.id()));

        assertThat(users.as("planner", () -> meetings.get(call)).kind()).isEqualTo(MeetingKind.PHONE_CALL);
        assertThat(englishDraft.kind()).isEqualTo(MeetingKind.EXPERT_MEETING);
        assertThat(englishDraft.tier()).isEqualTo(MeetingKind.EXPERT_MEETING.defaultTier());
        assertThat(englishDraft.format()).isEqualTo(MeetingFormat.IN_PERSON);
        assertThat(russianDraft.kind()).isEqualTo(MeetingKind.EXPERT_MEETING);
    }

    @Test
    void the_usual_follow_up_climbs_from_a_call_to_experts_to_ministers_to_a_summit() {
        assertThat(MeetingKind.PHONE_CALL.usualFollowUp()).isEqualTo(MeetingKind.EXPERT_MEETING);
        assertThat(MeetingKind.EXPERT_MEETING.usualFollowUp()).isEqualTo(MeetingKind.MINISTERIAL_MEETING);
        assertThat(MeetingKind.MINISTERIAL_MEETING.usualFollowUp()).isEqualTo(MeetingKind.SUMMIT);
        assertThat(MeetingKind.SUMMIT.usualFollowUp()).isEqualTo(MeetingKind.EXPERT_MEETING);
        assertThat(MeetingKind.WORKING_GROUP.usualFollowUp()).isEqualTo(MeetingKind.WORKING_GROUP);
    }

    @Test
    void the_action_items_list_filters_by_owner_status_and_due_date_within_clearance() {
        String marker = "Actionprobe" + counter.incrementAndGet();
        MeetingId open = pastCall(marker + " open", Classification.UNCLASSIFIED);
        Outcome soon =
                users.as("planner", () -> followUps.record(open, action(marker + " soon", LocalDate.of(2400, 1, 10))));
        users.as("planner", () -> followUps.record(open, action(marker + " later", LocalDate.of(2400, 6, 1))));
        MeetingId restricted = pastCall(marker + " restricted", Classification.RESTRICTED);
        users.as("planner", () -> followUps.record(restricted, action(marker + " hidden", LocalDate.of(2400, 1, 5))));

        assertThat(texts(
                        "viewer",
                        new ActionFilter(null, ActionStatus.OPEN, LocalDate.of(2400, 1, 1), LocalDate.of(2400, 12, 31)),
                        marker))
                .containsExactly(marker + " soon", marker + " later");
        assertThat(texts(
                        "planner",
                        new ActionFilter(null, null, LocalDate.of(2400, 1, 1), LocalDate.of(2400, 1, 31)),
                        marker))
                .containsExactly(marker + " hidden", marker + " soon");

        users.as("planner", () -> followUps.setStatus(soon.id(), ActionStatus.DONE));
        assertThat(texts(
                        "planner",
                        new ActionFilter(minister.fullName().substring(0, 12), ActionStatus.DONE, null, null),
                        marker))
                .containsExactly(marker + " soon");
    }

    private List<String> texts(String user, ActionFilter filter, String marker) {
        return users.as(user, () -> followUps.actionItems(filter, PageRequest.of(0, 200))).getContent().stream()
                .map(Outcome::text)
                .filter(t -> t.startsWith(marker))
                .toList();
    }
}

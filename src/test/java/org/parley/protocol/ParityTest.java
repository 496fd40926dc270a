package org.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.AccessFixture;
import org.parley.ApiCalls;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.approval.ApprovalService;
import org.parley.approval.TimelineStep;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.meeting.AgendaItemData;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberRole;
import org.parley.meeting.Tier;
import org.parley.security.ApiAccess;
import org.parley.security.ApiTokenService;
import org.parley.shared.CountryCode;
import org.parley.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/** Heads of delegation compared by rank: the warning, the justification it needs, and where both show (docs/0023). */
@ParleyTest
class ParityTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final CountryCode RU = new CountryCode("RU");
    private static final CountryCode US = new CountryCode("US");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    MeetingService meetings;

    @Autowired
    ApprovalService approvals;

    @Autowired
    ProtocolService protocol;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    AccessFixture fixture;

    @Autowired
    TestUsers users;

    @Autowired
    WebApplicationContext context;

    private int n;
    private Person ourMinister;
    private Person theirSecretary;
    private Person theirDirector;
    private Person ourPresident;

    @BeforeEach
    void people() {
        n = counter.incrementAndGet();
        ourMinister = ranked("Andrei Volkov " + n, RU, "FOREIGN_MINISTER");
        theirSecretary = ranked("Michael Grant " + n, US, "FOREIGN_MINISTER");
        theirDirector = ranked("Daniel Reyes " + n, US, "DIRECTOR");
        ourPresident = ranked("Pavel Orlov " + n, RU, "HEAD_OF_STATE");
    }

    /** Leaves no meeting waiting for approval: other tests read the approvers' inboxes. */
    @AfterEach
    void retirePending() {
        fixture.retirePending();
    }

    private Person ranked(String name, CountryCode country, String rank) {
        RankId id = users.as("viewer", () -> protocol.ranks()).stream()
                .filter(r -> rank.equals(r.code()))
                .findFirst()
                .orElseThrow()
                .id();
        return directory.person(PersonData.of(name, country, MOSCOW).withProtocol(id, null));
    }

    private MeetingData talks(Person ours, Person theirs, Tier tier) {
        LocalDateTime start = LocalDateTime.of(2500 + n, 5, 12, 11, 0);
        return MeetingDataBuilder.meeting("Consultations " + n)
                .kind(MeetingKind.PHONE_CALL)
                .tier(tier)
                .at(start, start.plusHours(1), MOSCOW)
                .sides(RU, RU)
                .delegations(
                        new DelegationData(RU, null, true, List.of(new MemberData(ours.id(), MemberRole.HEAD))),
                        new DelegationData(US, null, false, List.of(new MemberData(theirs.id(), MemberRole.HEAD))))
                .agenda(new AgendaItemData("Bilateral relations", "", 60))
                .build();
    }

    private MeetingId planned(MeetingData data) {
        return users.as("planner", () -> meetings.create(data, true).id());
    }

    @Test
    void heads_of_equal_rank_raise_no_warning_and_submit_without_a_note() {
        MeetingId id = planned(talks(ourMinister, theirSecretary, Tier.MINISTERIAL));

        assertThat(users.as("planner", () -> meetings.parity(id))).isEmpty();
        assertThat(users.as("planner", () -> approvals.submit(id, null)).status())
                .isEqualTo(MeetingStatus.PENDING_APPROVAL);
    }

    @Test
    void our_minister_and_their_director_give_a_warning_with_both_ranks_in_the_editor_and_on_the_meeting() {
        MeetingData data = talks(ourMinister, theirDirector, Tier.MINISTERIAL);
        List<ParityWarning> whileEditing = users.as("planner", () -> meetings.parityOf(data));
        MeetingId id = planned(data);

        List<ParityWarning> saved = users.as("viewer", () -> meetings.parity(id));
        assertThat(saved)
                .isEqualTo(whileEditing)
                .singleElement()
                .isInstanceOfSatisfying(ParityWarning.LevelsApart.class, warning -> {
                    assertThat(warning.ourHead()).isEqualTo(ourMinister.fullName());
                    assertThat(warning.ourRank().code()).isEqualTo("FOREIGN_MINISTER");
                    assertThat(warning.theirHead()).isEqualTo(theirDirector.fullName());
                    assertThat(warning.theirRank().code()).isEqualTo("DIRECTOR");
                    assertThat(warning.levels()).isEqualTo(6);
                });
        assertThat(saved.getFirst().message(Locale.ENGLISH)).contains("Minister of foreign affairs", "Director");
    }

    @Test
    void submitting_with_a_parity_warning_needs_a_justification_which_the_approver_reads_in_the_timeline() {
        MeetingId id = planned(talks(ourMinister, theirDirector, Tier.MINISTERIAL));

        for (String none : new String[] {null, ""}) {
            assertThatThrownBy(() -> users.as("planner", () -> approvals.submit(id, none)))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("justification");
        }
        assertThat(users.as("planner", () -> meetings.get(id).status())).isEqualTo(MeetingStatus.DRAFT);

        String why = "Their minister is abroad; the director speaks for the Secretary with full authority";
        users.as("planner", () -> approvals.submit(id, why));

        List<TimelineStep> timeline =
                users.as("approver", () -> approvals.state(id).timeline());
        assertThat(timeline).anySatisfy(step -> assertThat(step.comment()).isEqualTo(why));
        assertThat(users.as("approver", () -> meetings.parity(id))).hasSize(1);
    }

    @Test
    void a_summit_whose_heads_are_not_heads_of_state_or_government_warns() {
        MeetingId ministers = planned(talks(ourMinister, theirSecretary, Tier.HEAD_OF_STATE));
        MeetingId presidentAndMinister = planned(talks(ourPresident, theirSecretary, Tier.HEAD_OF_STATE));

        assertThat(users.as("planner", () -> meetings.parity(ministers)))
                .hasSize(2)
                .allMatch(w -> w instanceof ParityWarning.SummitWithoutHead);
        assertThat(users.as("planner", () -> meetings.parity(presidentAndMinister)))
                .anyMatch(w -> w instanceof ParityWarning.LevelsApart)
                .anyMatch(w -> w.equals(new ParityWarning.SummitWithoutHead(
                        theirSecretary.fullName(), users.as("viewer", () -> protocol.rank(theirSecretary.rank())))));
    }

    @Test
    void the_api_says_whether_a_meeting_has_a_parity_warning() {
        MeetingId warned = planned(talks(ourMinister, theirDirector, Tier.MINISTERIAL));
        MeetingId equal = planned(talks(ourMinister, theirSecretary, Tier.MINISTERIAL));
        String token = users.as(
                        "viewer",
                        () -> tokens.create("parity " + n, Instant.now().plus(1, ChronoUnit.DAYS), ApiAccess.READ_ONLY))
                .token();
        var api = new ApiCalls(context);

        JsonNode parity = ApiCalls.json(api.send("GET", "/api/v1/meetings/" + warned.value(), token, null))
                .path("parity");
        assertThat(parity.path("warning").asBoolean()).isTrue();
        assertThat(parity.path("warnings").get(0).asString()).contains(theirDirector.fullName(), "Director");
        assertThat(ApiCalls.json(api.send("GET", "/api/v1/meetings/" + equal.value(), token, null))
                        .path("parity")
                        .path("warning")
                        .asBoolean())
                .isFalse();
    }
}

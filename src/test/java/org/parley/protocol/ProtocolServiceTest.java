package org.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.ParleyTest;
import org.parley.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class ProtocolServiceTest {

    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    ProtocolService protocol;

    @Test
    @WithUserDetails("viewer")
    void the_default_ranks_come_highest_first_and_are_named_in_every_language() {
        List<Rank> ranks = protocol.ranks();
        List<String> defaults =
                ranks.stream().filter(r -> r.code() != null).map(Rank::code).toList();

        assertThat(defaults)
                .containsExactly(
                        "HEAD_OF_STATE",
                        "HEAD_OF_GOVERNMENT",
                        "DEPUTY_HEAD_OF_GOVERNMENT",
                        "FOREIGN_MINISTER",
                        "MINISTER",
                        "DEPUTY_MINISTER",
                        "AMBASSADOR",
                        "SPECIAL_ENVOY",
                        "DIRECTOR_GENERAL",
                        "DIRECTOR",
                        "DEPUTY_DIRECTOR",
                        "COUNSELLOR",
                        "FIRST_SECRETARY",
                        "EXPERT",
                        "OTHER");
        assertThat(ranks).isSortedAccordingTo(java.util.Comparator.comparingInt(Rank::precedence));
        Rank headOfState = ranks.getFirst();
        assertThat(headOfState.precedence()).isEqualTo(1);
        assertThat(headOfState.label(Locale.ENGLISH)).isEqualTo("Head of state");
        assertThat(headOfState.label(Locale.of("ru"))).isEqualTo("Глава государства");
        assertThat(headOfState.label(Locale.of("hi"))).isEqualTo("राष्ट्राध्यक्ष");
        assertThat(headOfState.label(Locale.of("ar"))).isEqualTo("رئيس الدولة");
        assertThat(protocol.rules().parityLevels()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_adds_a_rank_which_shows_its_name_as_entered_and_changes_its_precedence() {
        String name = "Chief of protocol " + counter.incrementAndGet();
        Rank added = protocol.createRank(new RankData(name, 8));

        assertThat(added.code()).isNull();
        assertThat(added.label(Locale.of("ar"))).isEqualTo(name);
        Rank moved = protocol.updateRank(added.id(), new RankData(name, 9), added.version());
        assertThat(protocol.rank(added.id()).precedence()).isEqualTo(9);
        assertThat(protocol.rules().rank(added.id())).contains(moved);
    }

    @Test
    @WithUserDetails("admin")
    void a_change_to_a_rank_someone_changed_meanwhile_is_refused_and_nothing_is_lost() {
        Rank added = protocol.createRank(new RankData("Consul " + counter.incrementAndGet(), 12));
        protocol.updateRank(added.id(), new RankData(added.name(), 13), added.version());

        assertThatThrownBy(() -> protocol.updateRank(added.id(), new RankData(added.name(), 11), added.version()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("while you were editing");
        assertThat(protocol.rank(added.id()).precedence()).isEqualTo(13);
    }

    @Test
    @WithUserDetails("admin")
    void a_rank_without_a_name_or_with_precedence_out_of_range_is_refused() {
        for (RankData wrong : List.of(
                new RankData(" ", 5),
                new RankData("Attaché", 0),
                new RankData("Attaché", 1000),
                new RankData("x".repeat(101), 5))) {
            assertThatThrownBy(() -> protocol.createRank(wrong))
                    .as(wrong.toString())
                    .isInstanceOf(ConstraintViolationException.class);
        }
    }
}

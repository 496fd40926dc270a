package org.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ProtocolRulesTest {

    private static final Rank HEAD_OF_STATE = rank(1, "HEAD_OF_STATE", 1);
    private static final Rank HEAD_OF_GOVERNMENT = rank(2, "HEAD_OF_GOVERNMENT", 2);
    private static final Rank FOREIGN_MINISTER = rank(4, "FOREIGN_MINISTER", 4);
    private static final Rank MINISTER = rank(5, "MINISTER", 5);
    private static final Rank DEPUTY_MINISTER = rank(6, "DEPUTY_MINISTER", 6);
    private static final Rank AMBASSADOR = rank(7, "AMBASSADOR", 7);
    private static final Rank DIRECTOR = rank(10, "DIRECTOR", 10);
    private static final Rank EXPERT = rank(14, "EXPERT", 14);
    private static final Rank CHIEF_OF_PROTOCOL = new Rank(new RankId(99), null, "Chief of protocol", 8, 0);

    private static final ProtocolRules RULES = rules(2);

    private static Rank rank(long id, String code, int precedence) {
        return new Rank(new RankId(id), code, code, precedence, 0);
    }

    private static ProtocolRules rules(int parityLevels) {
        return new ProtocolRules(
                Stream.of(
                                HEAD_OF_STATE,
                                HEAD_OF_GOVERNMENT,
                                FOREIGN_MINISTER,
                                MINISTER,
                                DEPUTY_MINISTER,
                                AMBASSADOR,
                                DIRECTOR,
                                EXPERT,
                                CHIEF_OF_PROTOCOL)
                        .collect(Collectors.toMap(Rank::id, Function.identity())),
                parityLevels);
    }

    record Member(String name, boolean head, @Nullable Rank rank) {}

    private static List<String> ordered(Member... members) {
        return RULES
                .order(
                        List.of(members),
                        Member::head,
                        m -> m.rank() == null ? null : m.rank().id())
                .stream()
                .map(Member::name)
                .toList();
    }

    @Test
    void the_head_of_delegation_comes_first_then_members_by_precedence() {
        assertThat(ordered(
                        new Member("expert", false, EXPERT),
                        new Member("head", true, DIRECTOR),
                        new Member("minister", false, MINISTER),
                        new Member("ambassador", false, AMBASSADOR)))
                .containsExactly("head", "minister", "ambassador", "expert");
    }

    @Test
    void people_without_a_rank_come_after_everyone_ranked_and_equals_keep_the_order_given() {
        assertThat(ordered(
                        new Member("unranked", false, null),
                        new Member("expert b", false, EXPERT),
                        new Member("head", true, null),
                        new Member("expert a", false, EXPERT),
                        new Member("chief of protocol", false, CHIEF_OF_PROTOCOL)))
                .containsExactly("head", "chief of protocol", "expert b", "expert a", "unranked");
    }

    private static List<ParityWarning> parity(ProtocolRules rules, boolean summit, ProtocolRules.Head... heads) {
        return rules.parity(List.of(heads), summit);
    }

    private static ProtocolRules.Head ours(Rank rank) {
        return new ProtocolRules.Head("Our head", rank.id(), true);
    }

    private static ProtocolRules.Head theirs(@Nullable Rank rank) {
        return new ProtocolRules.Head("Their head", rank == null ? null : rank.id(), false);
    }

    @Test
    void heads_two_levels_apart_are_in_parity_and_three_levels_apart_are_not() {
        assertThat(parity(RULES, false, ours(FOREIGN_MINISTER), theirs(DEPUTY_MINISTER)))
                .isEmpty();
        assertThat(parity(RULES, false, ours(FOREIGN_MINISTER), theirs(AMBASSADOR)))
                .containsExactly(
                        new ParityWarning.LevelsApart("Our head", FOREIGN_MINISTER, "Their head", AMBASSADOR, 3));
    }

    @Test
    void the_limit_is_configurable_and_applies_either_way_round() {
        assertThat(parity(rules(6), false, ours(MINISTER), theirs(DIRECTOR))).isEmpty();
        assertThat(parity(rules(4), false, ours(DIRECTOR), theirs(MINISTER))).hasSize(1);
        assertThat(parity(rules(0), false, ours(DIRECTOR), theirs(EXPERT))).hasSize(1);
    }

    @Test
    void each_other_side_is_compared_with_our_head_and_without_ours_with_the_first_delegation() {
        var third = new ProtocolRules.Head("Third head", EXPERT.id(), false);
        assertThat(parity(RULES, false, theirs(MINISTER), ours(MINISTER), third))
                .singleElement()
                .isInstanceOfSatisfying(
                        ParityWarning.LevelsApart.class,
                        w -> assertThat(w.theirHead()).isEqualTo("Third head"));
        var first = new ProtocolRules.Head("First head", MINISTER.id(), false);
        assertThat(parity(RULES, false, first, theirs(MINISTER), third))
                .singleElement()
                .isInstanceOfSatisfying(
                        ParityWarning.LevelsApart.class,
                        w -> assertThat(w.ourHead()).isEqualTo("First head"));
    }

    @Test
    void a_head_without_a_rank_cannot_be_compared_and_raises_no_parity_warning() {
        assertThat(parity(RULES, false, ours(MINISTER), theirs(null))).isEmpty();
    }

    @Test
    void at_a_summit_every_head_who_is_not_head_of_state_or_government_warns() {
        ProtocolRules lenient = rules(10); // so that only the summit's own rule speaks
        assertThat(parity(lenient, true, ours(HEAD_OF_STATE), theirs(HEAD_OF_GOVERNMENT)))
                .isEmpty();
        assertThat(parity(lenient, true, ours(HEAD_OF_STATE), theirs(FOREIGN_MINISTER)))
                .containsExactly(new ParityWarning.SummitWithoutHead("Their head", FOREIGN_MINISTER));
        assertThat(parity(RULES, true, ours(HEAD_OF_STATE), theirs(FOREIGN_MINISTER)))
                .hasSize(2);
        assertThat(parity(lenient, true, ours(HEAD_OF_STATE), theirs(null)))
                .containsExactly(new ParityWarning.SummitWithoutHead("Their head", null));
    }

    @Test
    void a_parity_warning_names_both_heads_with_their_ranks_in_the_reader_s_language() {
        var real = new ProtocolRules(Map.of(FOREIGN_MINISTER.id(), FOREIGN_MINISTER, DIRECTOR.id(), DIRECTOR), 2);
        ParityWarning warning = real.parity(
                        List.of(
                                new ProtocolRules.Head("Andrei Volkov", FOREIGN_MINISTER.id(), true),
                                new ProtocolRules.Head("Daniel Reyes", DIRECTOR.id(), false)),
                        false)
                .getFirst();

        assertThat(warning.message(Locale.ENGLISH))
                .isEqualTo("Andrei Volkov (Minister of foreign affairs) and Daniel Reyes (Director) are 6 precedence"
                        + " levels apart");
        assertThat(warning.message(Locale.of("ru"))).contains("Министр иностранных дел", "Директор департамента");
        assertThat(warning.message(Locale.of("ar"))).contains("وزير الخارجية", "مدير إدارة");
    }

    @Test
    void languages_are_iso_639_1_codes_named_in_the_reader_s_language() {
        assertThat(Languages.split(" RU, en ,,ar, ru")).containsExactly("ru", "en", "ar");
        assertThat(Languages.known("ru")).isTrue();
        assertThat(Languages.known("rus")).isFalse();
        assertThat(Languages.known("xx")).isFalse();
        assertThat(Languages.name("ar", Locale.ENGLISH)).isEqualTo("Arabic");
        assertThat(Languages.name("en", Locale.of("ru"))).isEqualTo("английский");
    }
}

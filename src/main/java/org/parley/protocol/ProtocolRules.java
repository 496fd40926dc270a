package org.parley.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The rules of precedence and parity over the ranks as they stand, for ordering delegations and comparing their heads
 * without a query per meeting (docs/0023).
 *
 * @param ranks every rank by its id
 * @param parityLevels how many precedence levels apart two heads of delegation may be without a parity warning
 */
public record ProtocolRules(Map<RankId, Rank> ranks, int parityLevels) {

    public ProtocolRules {
        ranks = Map.copyOf(ranks);
    }

    public Optional<Rank> rank(@Nullable RankId id) {
        return id == null ? Optional.empty() : Optional.ofNullable(ranks.get(id));
    }

    /**
     * The members in protocol order: the head of delegation first, then by rank (a person without one after every
     * ranked person), and among equals in the order given. A delegation whose planner set the order keeps it.
     */
    public <T> List<T> order(List<T> members, Predicate<T> isHead, Function<T, @Nullable RankId> rankOf) {
        List<Integer> positions = IntStream.range(0, members.size()).boxed().toList();
        Comparator<Integer> byProtocol = Comparator.<Integer, Boolean>comparing(i -> !isHead.test(members.get(i)))
                .thenComparingInt(i ->
                        rank(rankOf.apply(members.get(i))).map(Rank::precedence).orElse(Integer.MAX_VALUE))
                .thenComparingInt(i -> i);
        return positions.stream().sorted(byProtocol).map(members::get).toList();
    }

    /**
     * The parity warnings between heads of delegation: ours against each other side's head (the first delegation's
     * when none is ours) when more than {@link #parityLevels} apart, and at a summit every head who is neither head of
     * state nor of government. A head without a rank cannot be compared and raises nothing.
     */
    public List<ParityWarning> parity(List<Head> heads, boolean summit) {
        List<ParityWarning> warnings = new ArrayList<>();
        Head reference =
                heads.stream().filter(Head::ours).findFirst().orElse(heads.isEmpty() ? null : heads.getFirst());
        Optional<Rank> referenceRank = reference == null ? Optional.empty() : rank(reference.rank());
        for (Head other : heads) {
            if (other == reference || referenceRank.isEmpty()) {
                continue;
            }
            rank(other.rank()).ifPresent(otherRank -> {
                int levels = Math.abs(referenceRank.get().precedence() - otherRank.precedence());
                if (levels > parityLevels) {
                    warnings.add(new ParityWarning.LevelsApart(
                            reference.name(), referenceRank.get(), other.name(), otherRank, levels));
                }
            });
        }
        if (summit) {
            for (Head head : heads) {
                Optional<Rank> rank = rank(head.rank());
                if (rank.isEmpty() || !rank.get().headsStateOrGovernment()) {
                    warnings.add(new ParityWarning.SummitWithoutHead(head.name(), rank.orElse(null)));
                }
            }
        }
        return List.copyOf(warnings);
    }

    /** A delegation's head, as parity compares them. */
    public record Head(String name, @Nullable RankId rank, boolean ours) {}
}

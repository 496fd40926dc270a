package org.parley.protocol;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Protocol's front door: the ranks (everybody signed in reads them; the administrator maintains them) and the rules of
 * precedence and parity over them. See docs/0023.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProtocolService {

    private final RankRepository ranks;
    private final int parityLevels;

    ProtocolService(RankRepository ranks, @Value("${parley.protocol.parity-levels:2}") int parityLevels) {
        if (parityLevels < 0) {
            throw new IllegalArgumentException("parley.protocol.parity-levels must be 0 or more, not " + parityLevels);
        }
        this.ranks = ranks;
        this.parityLevels = parityLevels;
    }

    /** Every rank, highest first. */
    @PreAuthorize("isAuthenticated()")
    public List<Rank> ranks() {
        return ranks.findAllByOrderByPrecedenceAscNameAsc().stream()
                .map(RankEntry::toRank)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Rank rank(RankId id) {
        return find(id).toRank();
    }

    /** The ranks as they stand with the configured parity limit, for ordering and comparing many meetings at once. */
    @PreAuthorize("isAuthenticated()")
    public ProtocolRules rules() {
        Map<RankId, Rank> byId = ranks().stream().collect(Collectors.toMap(Rank::id, Function.identity()));
        return new ProtocolRules(byId, parityLevels);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Rank createRank(@Valid RankData data) {
        return ranks.saveAndFlush(new RankEntry(data)).toRank();
    }

    /** Saves the administrator's change to the version they loaded; a change saved meanwhile is not overwritten. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Rank updateRank(RankId id, @Valid RankData data, long expectedVersion) {
        RankEntry entry = find(id);
        if (entry.version() != expectedVersion) {
            throw new RuleViolationException("Someone changed this rank while you were editing. Reopen it to see their"
                    + " change; yours was not saved.");
        }
        entry.apply(data);
        return ranks.saveAndFlush(entry).toRank();
    }

    private RankEntry find(RankId id) {
        return ranks.findById(id.value()).orElseThrow(() -> new NotFoundException("Rank"));
    }
}

package org.parley.meeting;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.shared.CountryCode;

/**
 * One side's party at a meeting, with its members in protocol order (the head first, then by precedence) or in the
 * order the planner set when {@code manualOrder}.
 *
 * @param language the working language the planner set (ISO 639-1); null means its head's (docs/0024)
 */
public record DelegationDetails(
        long id,
        CountryCode country,
        @Nullable String organisation,
        boolean ours,
        List<MemberDetails> members,
        boolean manualOrder,
        @Nullable String language) {

    public DelegationDetails(
            long id,
            CountryCode country,
            @Nullable String organisation,
            boolean ours,
            List<MemberDetails> members,
            boolean manualOrder) {
        this(id, country, organisation, ours, members, manualOrder, null);
    }

    public DelegationDetails(
            long id, CountryCode country, @Nullable String organisation, boolean ours, List<MemberDetails> members) {
        this(id, country, organisation, ours, members, false);
    }

    public Optional<MemberDetails> head() {
        return members.stream().filter(m -> m.role() == MemberRole.HEAD).findFirst();
    }

    /** The delegation's home time zone: its head's. */
    public Optional<ZoneId> homeZone() {
        return head().map(MemberDetails::homeZone);
    }
}

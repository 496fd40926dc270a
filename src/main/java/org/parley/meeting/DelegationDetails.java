package org.parley.meeting;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.shared.CountryCode;

/** One side's party at a meeting, with its members in role order. */
public record DelegationDetails(
        long id, CountryCode country, @Nullable String organisation, boolean ours, List<MemberDetails> members) {

    public Optional<MemberDetails> head() {
        return members.stream().filter(m -> m.role() == MemberRole.HEAD).findFirst();
    }

    /** The delegation's home time zone: its head's. */
    public Optional<ZoneId> homeZone() {
        return head().map(MemberDetails::homeZone);
    }
}

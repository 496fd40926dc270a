package org.parley.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/**
 * Everything about one meeting that its page shows and its editor starts from.
 *
 * @param everApproved whether it was ever approved, and so may have reached calendars and mailboxes
 */
public record MeetingDetails(
        MeetingId id,
        String title,
        MeetingKind kind,
        Tier tier,
        MeetingFormat format,
        Instant start,
        Instant end,
        ZoneId timeZone,
        @Nullable VenueRef venue,
        @Nullable CountryCode initiatingSide,
        @Nullable CountryCode hostSide,
        Classification classification,
        String objectives,
        @Nullable MeetingRef parentConference,
        @Nullable MeetingRef followUpOf,
        MeetingStatus status,
        boolean everApproved,
        long version,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        List<DelegationDetails> delegations,
        List<AgendaItemDetails> agenda) {

    public Duration duration() {
        return Duration.between(start, end);
    }

    public int plannedAgendaMinutes() {
        return agenda.stream().mapToInt(AgendaItemDetails::plannedMinutes).sum();
    }

    /** The meeting as editor input, for "edit" and for planning a follow-up from it. */
    public MeetingData toData() {
        return new MeetingData(
                title,
                kind,
                tier,
                format,
                LocalDateTime.ofInstant(start, timeZone),
                LocalDateTime.ofInstant(end, timeZone),
                timeZone,
                venue == null ? null : venue.id(),
                venue == null ? null : venue.room(),
                initiatingSide,
                hostSide,
                classification,
                objectives,
                parentConference == null ? null : parentConference.id(),
                followUpOf == null ? null : followUpOf.id(),
                delegations.stream()
                        .map(d -> new DelegationData(
                                d.country(),
                                d.organisation(),
                                d.ours(),
                                d.members().stream()
                                        .map(m -> new MemberData(m.person(), m.role(), m.response()))
                                        .toList(),
                                d.manualOrder(),
                                d.language()))
                        .toList(),
                agenda.stream().map(AgendaItemDetails::toData).toList());
    }
}

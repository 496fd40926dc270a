package org.parley.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/** One row of the Meetings grid. */
public record MeetingSummary(
        MeetingId id,
        String title,
        MeetingKind kind,
        Tier tier,
        MeetingStatus status,
        Classification classification,
        Instant start,
        Instant end,
        ZoneId timeZone,
        @Nullable String venueName,
        @Nullable String city,
        List<CountryCode> countries) {}

package org.parley.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/**
 * One row of the Meetings grid or one entry of the calendar.
 *
 * @param parentConference for a sideline meeting, the conference it belongs to, so that the calendar can nest it
 */
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
        List<CountryCode> countries,
        @Nullable MeetingId parentConference) {}

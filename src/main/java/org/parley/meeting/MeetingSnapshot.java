package org.parley.meeting;

import java.time.Instant;
import org.parley.shared.Classification;

/** The facts about a meeting that approval rules need, read under a lock. */
public record MeetingSnapshot(
        MeetingId id,
        String title,
        MeetingKind kind,
        Tier tier,
        MeetingStatus status,
        Classification classification,
        String createdBy,
        Instant start,
        Instant end,
        long version) {}

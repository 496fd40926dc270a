package org.parley.calendar.feed;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.parley.shared.Classification;

/** One of the caller's feeds as the Calendar feeds page lists it; never with its token, which is not stored. */
public record FeedSummary(
        long id,
        String name,
        FeedScope scope,
        String scopeText,
        Classification ceiling,
        boolean includePending,
        Instant createdAt,
        @Nullable Instant lastUsedAt) {}

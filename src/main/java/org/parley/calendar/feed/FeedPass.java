package org.parley.calendar.feed;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/**
 * A feed as its token found it in the feed chain: what it holds and what it last answered, read once per request so
 * that a poll that changes nothing reads the feed's row only there.
 */
record FeedPass(
        long id,
        String name,
        FeedScope scope,
        @Nullable CountryCode country,
        @Nullable MeetingKind kind,
        @Nullable MeetingId conference,
        Classification ceiling,
        boolean includePending,
        int settingsVersion,
        @Nullable Instant lastUsedAt,
        Instant lastModified,
        @Nullable String contentVersion) {

    static FeedPass of(CalendarFeed feed) {
        return new FeedPass(
                feed.id(),
                feed.name(),
                feed.scope(),
                feed.country(),
                feed.kind(),
                feed.conference(),
                feed.ceiling(),
                feed.includePending(),
                feed.settingsVersion(),
                feed.lastUsedAt(),
                feed.lastModified(),
                feed.contentVersion());
    }
}

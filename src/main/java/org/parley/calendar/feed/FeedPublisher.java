package org.parley.calendar.feed;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parley.calendar.internal.InviteWriter;
import org.parley.calendar.internal.Sequences;
import org.parley.directory.PeopleService;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingSelection;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.security.SignedInUser;
import org.parley.shared.Classification;
import org.parley.shared.SecretTokens;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a feed whose token the feed chain has authenticated: the request runs as the feed's owner, with the owner's
 * roles and clearance as they are now, so a lowered clearance or a removed role applies at the next poll. The
 * version (ETag) comes from a count and the latest change of the meetings in scope plus the feed's and the owner's
 * settings, so a 304 costs one query beyond the chain's and no rendering; a full answer adds a fixed number of queries
 * whatever the number of meetings. See docs/0008.
 */
@Component
class FeedPublisher {

    /** A feed's content version, its ETag and Last-Modified, and what to render for it. */
    record FeedVersion(
            String version, String etag, Instant lastModified, MeetingSelection selection, Classification ceiling) {}

    private final CalendarFeedRepository feeds;
    private final MeetingService meetings;
    private final Sequences sequences;
    private final InviteWriter writer;
    private final FeedSettings settings;
    private final RenderedFeeds rendered;
    private final PeopleService people;
    private final Clock clock;

    FeedPublisher(
            CalendarFeedRepository feeds,
            MeetingService meetings,
            Sequences sequences,
            InviteWriter writer,
            FeedSettings settings,
            RenderedFeeds rendered,
            PeopleService people,
            Clock clock) {
        this.feeds = feeds;
        this.people = people;
        this.meetings = meetings;
        this.sequences = sequences;
        this.writer = writer;
        this.settings = settings;
        this.rendered = rendered;
        this.clock = clock;
    }

    /**
     * The feed's version now. Writes only when something moved: the last use (at most once a minute) and, when the
     * version differs from the one last answered, the Last-Modified high-water mark. Empty if the feed was revoked
     * since its token was checked.
     */
    @Transactional
    Optional<FeedVersion> version(FeedAuthentication authenticated) {
        FeedPass feed = authenticated.feed();
        SignedInUser owner = authenticated.owner();
        Instant now = clock.instant();
        MeetingSelection selection = selectionOf(feed, owner, now);
        MeetingSelection.Stamp stamp = meetings.stamp(selection);
        Classification ceiling = ceilingOf(feed, owner);
        String version = SecretTokens.sha256(String.join(
                "|",
                "v1",
                Long.toString(feed.id()),
                Integer.toString(feed.settingsVersion()),
                ceiling.name(),
                owner.clearance().name(),
                new TreeSet<>(owner.roles().stream().map(Enum::name).toList()).toString(),
                selection.from().toString(),
                selection.cancelledSince().toString(),
                // "my meetings" follows the owner's link to a person, which an administrator may change (docs/0025)
                String.valueOf(selection.filter().member()),
                Long.toString(stamp.count()),
                String.valueOf(stamp.latestChange())));
        Instant lastModified = feed.lastModified();
        boolean usedLongAgo =
                feed.lastUsedAt() == null || feed.lastUsedAt().isBefore(now.minus(CalendarFeed.USE_GRANULARITY));
        if (!version.equals(feed.contentVersion()) || usedLongAgo) {
            Optional<CalendarFeed> row = feeds.findById(feed.id());
            if (row.isEmpty()) {
                return Optional.empty();
            }
            row.get().used(now);
            row.get().answered(version, stamp.latestChange(), now);
            lastModified = row.get().lastModified();
        }
        return Optional.of(
                new FeedVersion(version, "\"" + version.substring(0, 32) + "\"", lastModified, selection, ceiling));
    }

    /**
     * The body of that version: kept bodies are reused (a strong ETag promises the same bytes for the same version),
     * others rendered now.
     */
    @Transactional(readOnly = true)
    byte[] body(FeedAuthentication authenticated, FeedVersion version) {
        return rendered.body(version.version(), () -> render(authenticated.feed(), version));
    }

    private byte[] render(FeedPass feed, FeedVersion version) {
        List<MeetingDetails> found = meetings.select(version.selection(), settings.maxEvents());
        Map<Long, Integer> stored =
                sequences.stored(found.stream().map(m -> m.id().value()).toList());
        List<InviteWriter.FeedEntry> entries = found.stream()
                .map(m -> new InviteWriter.FeedEntry(
                        m,
                        stored.getOrDefault(m.id().value(), 0),
                        !version.ceiling().covers(m.classification())))
                .toList();
        return writer.writeFeed(feed.name(), settings.refreshInterval(), entries);
    }

    /** The feed's ceiling, or the owner's clearance if that is now lower. */
    private static Classification ceilingOf(FeedPass feed, SignedInUser owner) {
        return owner.clearance().covers(feed.ceiling()) ? feed.ceiling() : owner.clearance();
    }

    /** The window moves once a day (UTC), so that a feed's content and version stay put within a day. */
    private MeetingSelection selectionOf(FeedPass feed, SignedInUser owner, Instant now) {
        var today = now.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        Instant from = today.minus(settings.past()).toInstant();
        Instant to = today.plusDays(1).plus(settings.future()).toInstant();
        Instant cancelledSince = today.minus(settings.cancelledKept()).toInstant();
        Set<MeetingStatus> statuses =
                EnumSet.of(MeetingStatus.APPROVED, MeetingStatus.COMPLETED, MeetingStatus.CANCELLED);
        if (feed.includePending()) {
            statuses.add(MeetingStatus.PENDING_APPROVAL);
        }
        MeetingFilter all = MeetingFilter.all();
        MeetingFilter filter = switch (feed.scope()) {
            case MY_MEETINGS ->
                all.mine(owner.getUsername(), people.personOf(owner.id()).orElse(null));
            case EVERYTHING, CONFERENCE -> all;
            case COUNTRY -> new MeetingFilter(null, null, null, null, null, null, feed.country(), null);
            case KIND -> new MeetingFilter(null, feed.kind(), null, null, null, null, null, null);
        };
        return new MeetingSelection(
                filter,
                feed.scope() == FeedScope.CONFERENCE ? feed.conference() : null,
                statuses,
                from,
                to,
                cancelledSince);
    }
}

package org.parley.calendar.feed;

import java.nio.charset.StandardCharsets;
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
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingSelection;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.security.SignedInUser;
import org.parley.security.SystemTask;
import org.parley.shared.Classification;
import org.parley.shared.SecretTokens;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.parley.calendar.internal.InviteWriter;
import org.parley.calendar.internal.Sequences;

/**
 * Answers a feed URL. The feed is read as its owner, with the owner's roles and clearance as they are now, so a
 * lowered clearance or a removed role applies at the next poll. The version (ETag) comes from a count and the latest
 * change of the meetings in scope plus the feed's and the owner's settings, so a 304 costs three small queries and no
 * rendering; a full answer adds a fixed number of queries whatever the number of meetings. See docs/0008.
 */
@Component
class FeedPublisher {

    /** What the controller sends: 404, 304 or 200 with a body. */
    record Answer(int status, @Nullable String etag, @Nullable Instant lastModified, byte @Nullable [] body) {

        static final Answer NOT_FOUND = new Answer(404, null, null, null);
    }

    private final CalendarFeedRepository feeds;
    private final UserDetailsService users;
    private final MeetingService meetings;
    private final Sequences sequences;
    private final InviteWriter writer;
    private final FeedSettings settings;
    private final RenderedFeeds rendered;
    private final Clock clock;

    FeedPublisher(CalendarFeedRepository feeds, UserDetailsService users, MeetingService meetings,
            Sequences sequences, InviteWriter writer, FeedSettings settings, RenderedFeeds rendered, Clock clock) {
        this.feeds = feeds;
        this.users = users;
        this.meetings = meetings;
        this.sequences = sequences;
        this.writer = writer;
        this.settings = settings;
        this.rendered = rendered;
        this.clock = clock;
    }

    /**
     * @param ifNoneMatch the request's If-None-Match, or null
     * @param ifModifiedSince the request's If-Modified-Since, or null; ignored when If-None-Match is present
     */
    @Transactional
    Answer answer(String token, @Nullable String ifNoneMatch, @Nullable Instant ifModifiedSince) {
        if (!SecretTokens.wellFormed(token)) {
            return Answer.NOT_FOUND;
        }
        Optional<CalendarFeed> found = feeds.findByTokenSha256(SecretTokens.sha256(token));
        if (found.isEmpty()) {
            return Answer.NOT_FOUND;
        }
        CalendarFeed feed = found.get();
        Optional<SignedInUser> owner = owner(feed.owner());
        if (owner.isEmpty()) {
            return Answer.NOT_FOUND;
        }
        return SystemTask.runAs(owner.get(), () -> answerAs(owner.get(), feed, ifNoneMatch, ifModifiedSince));
    }

    private Optional<SignedInUser> owner(String username) {
        try {
            UserDetails details = users.loadUserByUsername(username);
            // a disabled user, or one without any role, has no feeds for now; they come back with the user
            return details instanceof SignedInUser user && user.isEnabled() && !user.roles().isEmpty()
                    ? Optional.of(user) : Optional.empty();
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

    private Answer answerAs(SignedInUser owner, CalendarFeed feed, @Nullable String ifNoneMatch,
            @Nullable Instant ifModifiedSince) {
        Instant now = clock.instant();
        MeetingSelection selection = selectionOf(feed, owner, now);
        MeetingSelection.Stamp stamp = meetings.stamp(selection);
        Classification ceiling = ceilingOf(feed, owner);
        String version = SecretTokens.sha256(String.join("|", "v1", Long.toString(feed.id()),
                Integer.toString(feed.settingsVersion()), ceiling.name(), owner.clearance().name(),
                new TreeSet<>(owner.roles().stream().map(Enum::name).toList()).toString(),
                selection.from().toString(), selection.cancelledSince().toString(),
                Long.toString(stamp.count()), String.valueOf(stamp.latestChange())));
        String etag = "\"" + version.substring(0, 32) + "\"";
        feed.used(now);
        feed.answered(version, stamp.latestChange(), now);
        Instant lastModified = feed.lastModified();
        if (ifNoneMatch != null ? matches(ifNoneMatch, etag)
                : ifModifiedSince != null && !lastModified.isAfter(ifModifiedSince)) {
            return new Answer(304, etag, lastModified, null);
        }
        byte[] body = rendered.body(version, () -> render(feed, selection, ceiling));
        return new Answer(200, etag, lastModified, body);
    }

    private byte[] render(CalendarFeed feed, MeetingSelection selection, Classification ceiling) {
        List<MeetingDetails> found = meetings.select(selection, settings.maxEvents());
        Map<Long, Integer> stored = sequences.stored(found.stream().map(m -> m.id().value()).toList());
        List<InviteWriter.FeedEntry> entries = found.stream().map(m -> new InviteWriter.FeedEntry(m,
                stored.getOrDefault(m.id().value(), 0), m.classification().compareTo(ceiling) > 0)).toList();
        return writer.writeFeed(feed.name(), settings.refreshInterval(), entries);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** The feed's ceiling, or the owner's clearance if that is now lower. */
    private static Classification ceilingOf(CalendarFeed feed, SignedInUser owner) {
        return feed.ceiling().compareTo(owner.clearance()) <= 0 ? feed.ceiling() : owner.clearance();
    }

    /** The window moves once a day (UTC), so that a feed's content and version stay put within a day. */
    private MeetingSelection selectionOf(CalendarFeed feed, SignedInUser owner, Instant now) {
        var today = now.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        Instant from = today.minus(settings.past()).toInstant();
        Instant to = today.plusDays(1).plus(settings.future()).toInstant();
        Instant cancelledSince = today.minus(settings.cancelledKept()).toInstant();
        Set<MeetingStatus> statuses = EnumSet.of(MeetingStatus.APPROVED, MeetingStatus.COMPLETED,
                MeetingStatus.CANCELLED);
        if (feed.includePending()) {
            statuses.add(MeetingStatus.PENDING_APPROVAL);
        }
        MeetingFilter all = MeetingFilter.all();
        MeetingFilter filter = switch (feed.scope()) {
            case MY_MEETINGS -> all.plannedBy(owner.getUsername());
            case EVERYTHING, CONFERENCE -> all;
            case COUNTRY -> new MeetingFilter(null, null, null, null, null, null, feed.country(), null);
            case KIND -> new MeetingFilter(null, feed.kind(), null, null, null, null, null, null);
        };
        return new MeetingSelection(filter, feed.scope() == FeedScope.CONFERENCE ? feed.conference() : null,
                statuses, from, to, cancelledSince);
    }

    static byte[] notFoundBody() {
        return "No calendar feed here.\n".getBytes(StandardCharsets.UTF_8);
    }
}

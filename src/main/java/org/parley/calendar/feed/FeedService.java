package org.parley.calendar.feed;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.parley.calendar.internal.BaseUrl;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.security.CurrentUser;
import org.parley.security.SignedInUser;
import org.parley.shared.AuditActions;
import org.parley.shared.Messages;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.parley.shared.SecretTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Each signed-in user's calendar subscription feeds: create, list, rotate the token, revoke. A feed belongs to its
 * owner alone; another user's feed is "not found". The feed itself is served by {@link FeedPublisher}.
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class FeedService {

    private final CalendarFeedRepository feeds;
    private final MeetingService meetings;
    private final BaseUrl baseUrl;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedService(
            CalendarFeedRepository feeds,
            MeetingService meetings,
            BaseUrl baseUrl,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.feeds = feeds;
        this.meetings = meetings;
        this.baseUrl = baseUrl;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The caller's feeds, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<FeedSummary> mine() {
        return feeds.findByOwnerOrderByCreatedAtAscIdAsc(currentUser.require().getUsername()).stream()
                .map(this::view)
                .toList();
    }

    /** A new feed; its URL is in the answer and nowhere else, ever. */
    @PreAuthorize("isAuthenticated()")
    public IssuedFeed create(@Valid FeedData data) {
        SignedInUser user = currentUser.require();
        if (!user.clearance().covers(data.ceiling())) {
            throw RuleViolationException.because(
                    "calendar.feed.aboveClearance", Messages.label(Messages.current(), user.clearance()));
        }
        if (data.scope() == FeedScope.CONFERENCE) {
            // not found above the caller's clearance, like every read
            MeetingDetails conference = meetings.get(data.conference());
            if (conference.kind() != MeetingKind.CONFERENCE) {
                throw RuleViolationException.because("calendar.feed.notAConference", conference.title());
            }
        }
        String token = SecretTokens.newToken();
        CalendarFeed feed =
                feeds.save(new CalendarFeed(user.getUsername(), data, SecretTokens.sha256(token), clock.instant()));
        events.publishEvent(new FeedEvent(
                user.getUsername(),
                AuditActions.FEED_CREATED,
                "feed " + feed.id(),
                feed.name() + ": " + scopeText(feed, Locale.ENGLISH) + ", ceiling "
                        + feed.ceiling().label()));
        return issued(feed, token);
    }

    /** A new token for the feed; the old URL stops working at once. */
    @PreAuthorize("isAuthenticated()")
    public IssuedFeed rotate(long feedId) {
        CalendarFeed feed = own(feedId);
        String token = SecretTokens.newToken();
        feed.rotate(SecretTokens.sha256(token));
        events.publishEvent(new FeedEvent(feed.owner(), AuditActions.FEED_ROTATED, "feed " + feed.id(), feed.name()));
        return issued(feed, token);
    }

    /** Deletes the feed: its URL answers 404 from now on. */
    @PreAuthorize("isAuthenticated()")
    public void revoke(long feedId) {
        CalendarFeed feed = own(feedId);
        feeds.delete(feed);
        events.publishEvent(new FeedEvent(feed.owner(), AuditActions.FEED_REVOKED, "feed " + feed.id(), feed.name()));
    }

    private CalendarFeed own(long feedId) {
        String username = currentUser.require().getUsername();
        return feeds.findById(feedId)
                .filter(feed -> feed.owner().equals(username))
                .orElseThrow(() -> new NotFoundException("Calendar feed"));
    }

    private IssuedFeed issued(CalendarFeed feed, String token) {
        URI url = baseUrl.feed(token);
        return new IssuedFeed(view(feed), url, webcal(url));
    }

    /** The same address for calendars that subscribe when a webcal: link is opened. */
    static URI webcal(URI url) {
        return URI.create("webcal" + url.toString().substring(url.getScheme().length()));
    }

    private FeedSummary view(CalendarFeed feed) {
        return new FeedSummary(
                feed.id(),
                feed.name(),
                feed.scope(),
                scopeText(feed, Messages.current()),
                feed.ceiling(),
                feed.includePending(),
                feed.createdAt(),
                feed.lastUsedAt());
    }

    /** What the feed holds, in words: English for the audit log, the reader's language on screen. */
    private String scopeText(CalendarFeed feed, Locale locale) {
        return switch (feed.scope()) {
            case MY_MEETINGS, EVERYTHING -> Messages.label(locale, feed.scope());
            case COUNTRY -> Messages.get(locale, "calendar.feed.scope.country", String.valueOf(feed.country()));
            case KIND ->
                Messages.get(
                        locale,
                        "calendar.feed.scope.kind",
                        Messages.label(locale, feed.kind()).toLowerCase(locale));
            // by number: reading the title could fail once the owner may no longer see it
            case CONFERENCE ->
                Messages.get(
                        locale,
                        "calendar.feed.scope.conference",
                        String.valueOf(feed.conference().value()));
        };
    }
}

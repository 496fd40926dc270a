package org.parley.calendar.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/** A user's calendar subscription: what it holds, the hash of its token, and what it last answered. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 64)
    private String owner = "";

    @Column(nullable = false, length = 120)
    private String name = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private FeedScope scope = FeedScope.MY_MEETINGS;

    @Column(name = "scope_country", length = 2)
    private @Nullable CountryCode country;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind", length = 40)
    private @Nullable MeetingKind kind;

    @Column(name = "scope_conference")
    private @Nullable Long conference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Classification ceiling = Classification.UNCLASSIFIED;

    @Column(name = "include_pending", nullable = false)
    private boolean includePending;

    @Column(name = "token_sha256", nullable = false, length = 64)
    private String tokenSha256 = "";

    /** Counts changes of what the owner chose, so that the ETag changes with them. */
    @Column(name = "settings_version", nullable = false)
    private int settingsVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified = Instant.EPOCH;

    @Column(name = "content_version", length = 64)
    private @Nullable String contentVersion;

    protected CalendarFeed() {}

    CalendarFeed(String owner, FeedData data, String tokenSha256, Instant now) {
        this.owner = owner;
        this.name = data.name().strip();
        this.scope = data.scope();
        this.country = data.scope() == FeedScope.COUNTRY ? data.country() : null;
        this.kind = data.scope() == FeedScope.KIND ? data.kind() : null;
        this.conference = data.scope() == FeedScope.CONFERENCE
                ? Objects.requireNonNull(data.conference()).value()
                : null;
        this.ceiling = data.ceiling();
        this.includePending = data.includePending();
        this.tokenSha256 = tokenSha256;
        this.createdAt = now;
        this.lastModified = now.truncatedTo(ChronoUnit.SECONDS);
    }

    void rotate(String newTokenSha256) {
        tokenSha256 = newTokenSha256;
        settingsVersion++;
    }

    /** A busy feed records its use at most this often, so that polling does not write on every request. */
    static final java.time.Duration USE_GRANULARITY = java.time.Duration.ofMinutes(1);

    /** Records a use, at most once a minute, so that a busy feed does not write on every poll. */
    void used(Instant now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minus(USE_GRANULARITY))) {
            lastUsedAt = now;
        }
    }

    /**
     * Moves the high-water mark when the content's version differs from the one last answered with: to the latest
     * change in the feed if that is newer, otherwise to now, and never backwards.
     */
    void answered(String version, @Nullable Instant latestChange, Instant now) {
        if (version.equals(contentVersion)) {
            return;
        }
        Instant candidate = (latestChange != null && latestChange.isAfter(lastModified) ? latestChange : now)
                .truncatedTo(ChronoUnit.SECONDS);
        if (candidate.isAfter(lastModified)) {
            lastModified = candidate;
        }
        contentVersion = version;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    String owner() {
        return owner;
    }

    String name() {
        return name;
    }

    FeedScope scope() {
        return scope;
    }

    @Nullable
    CountryCode country() {
        return country;
    }

    @Nullable
    MeetingKind kind() {
        return kind;
    }

    @Nullable
    MeetingId conference() {
        return conference == null ? null : new MeetingId(conference);
    }

    Classification ceiling() {
        return ceiling;
    }

    boolean includePending() {
        return includePending;
    }

    int settingsVersion() {
        return settingsVersion;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant lastUsedAt() {
        return lastUsedAt;
    }

    Instant lastModified() {
        return lastModified;
    }

    @Nullable
    String contentVersion() {
        return contentVersion;
    }
}

package org.parley.calendar.feed;

import java.net.URI;

/** A feed with its new token, shown once when the feed is created or its token rotated, and then forgotten. */
public record IssuedFeed(FeedSummary feed, URI url, URI webcalUrl) {

    @Override
    public String toString() {
        // the URL is the secret: keep it out of logs that print records
        return "IssuedFeed[" + feed.id() + "]";
    }
}

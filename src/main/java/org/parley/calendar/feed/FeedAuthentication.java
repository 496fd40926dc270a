package org.parley.calendar.feed;

import org.parley.security.SignedInUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A feed request authenticated by its token: the feed's owner, with their roles and clearance as they are now, and
 * the feed. The services then read as the owner, exactly as in the UI; nothing runs as "system".
 */
final class FeedAuthentication extends AbstractAuthenticationToken {

    private final SignedInUser owner;
    private final FeedPass feed;

    FeedAuthentication(SignedInUser owner, FeedPass feed) {
        super(owner.getAuthorities());
        this.owner = owner;
        this.feed = feed;
        setAuthenticated(true);
    }

    @Override
    public SignedInUser getPrincipal() {
        return owner;
    }

    /** The token is not kept: it is the feed's only key and must not outlive the request's filter. */
    @Override
    public Object getCredentials() {
        return "";
    }

    SignedInUser owner() {
        return owner;
    }

    FeedPass feed() {
        return feed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeedAuthentication that && owner.equals(that.owner) && feed.equals(that.feed);
    }

    @Override
    public int hashCode() {
        return 31 * owner.hashCode() + feed.hashCode();
    }
}

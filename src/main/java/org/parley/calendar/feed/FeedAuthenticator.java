package org.parley.calendar.feed;

import java.util.Optional;
import org.parley.security.SignedInUser;
import org.parley.shared.SecretTokens;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a feed token into its owner and feed, like an API token into its owner: by the token's SHA-256, with the
 * owner's roles and clearance read afresh. Unknown, malformed, rotated or revoked tokens, and feeds whose owner is
 * disabled or has no role, all yield nothing, and so the same 404.
 */
@Component
class FeedAuthenticator {

    private final CalendarFeedRepository feeds;
    private final UserDetailsService users;

    FeedAuthenticator(CalendarFeedRepository feeds, UserDetailsService users) {
        this.feeds = feeds;
        this.users = users;
    }

    @Transactional(readOnly = true)
    Optional<FeedAuthentication> authenticate(String token) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return feeds.findByTokenSha256(SecretTokens.sha256(token))
                .flatMap(feed -> owner(feed.owner()).map(owner -> new FeedAuthentication(owner, FeedPass.of(feed))));
    }

    private Optional<SignedInUser> owner(String username) {
        try {
            UserDetails details = users.loadUserByUsername(username);
            // a disabled user, or one without any role, has no feeds for now; they come back with the user
            return details instanceof SignedInUser user
                            && user.isEnabled()
                            && !user.roles().isEmpty()
                    ? Optional.of(user)
                    : Optional.empty();
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }
}

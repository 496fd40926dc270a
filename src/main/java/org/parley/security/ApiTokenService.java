package org.parley.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.parley.shared.AuditActions;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.parley.shared.SecretTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens (docs/0011-http-api.md): every signed-in user creates, lists and revokes their own; an
 * administrator may also revoke anyone's, to contain a leak without disabling the person.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ApiTokenService {

    public static final int NAME_MAX_LENGTH = ApiToken.NAME_MAX_LENGTH;
    /** Keys of the rules about a token's name; the profile marks the name field with them. */
    public static final String TOKEN_NAME_MISSING = "security.rule.tokenNameMissing";

    public static final String TOKEN_NAME_TOO_LONG = "security.rule.tokenNameTooLong";
    /** Recognisable in logs and by secret scanners; the rest is 256 random bits, base64url. */
    public static final String PREFIX = "pky_";

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final ApiSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokenService(
            ApiTokenRepository tokens,
            UserAccountRepository users,
            CurrentUser currentUser,
            ApiSettings settings,
            Clock clock,
            ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.users = users;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    /** Creates a token for the signed-in user; the returned secret is shown once and never stored. */
    @PreAuthorize("isAuthenticated()")
    public NewApiToken create(String name, Instant expiresAt, ApiAccess access) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw RuleViolationException.because(TOKEN_NAME_MISSING);
        }
        if (trimmed.length() > NAME_MAX_LENGTH) {
            throw RuleViolationException.because(TOKEN_NAME_TOO_LONG, NAME_MAX_LENGTH);
        }
        Instant now = clock.instant();
        if (!expiresAt.isAfter(now)) {
            throw RuleViolationException.because("security.rule.tokenExpiryPast");
        }
        if (expiresAt.isAfter(now.plus(settings.tokenMaxLifetime()))) {
            throw RuleViolationException.because(
                    "security.rule.tokenLifetime", settings.tokenMaxLifetime().toDays());
        }
        UserAccount owner = users.findById(currentUser.require().id().value())
                .orElseThrow(() -> new NotFoundException("Your account no longer exists"));
        String token = PREFIX + SecretTokens.newToken();
        ApiToken saved = tokens.save(new ApiToken(owner, trimmed, SecretTokens.sha256(token), access, now, expiresAt));
        audit(
                AuditActions.API_TOKEN_CREATED,
                owner.username(),
                "\"" + trimmed + "\", " + access.label().toLowerCase() + ", expires " + expiresAt);
        return new NewApiToken(saved.toSummary(), token);
    }

    /** The signed-in user's tokens, newest first, revoked and expired ones included. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ApiTokenSummary> mine() {
        return tokens.findByOwner(currentUser.require().id().value()).stream()
                .map(ApiToken::toSummary)
                .toList();
    }

    /** Revokes one of the caller's tokens (an administrator: anyone's); someone else's is "not found". */
    @PreAuthorize("isAuthenticated()")
    public ApiTokenSummary revoke(ApiTokenId id) {
        SignedInUser me = currentUser.require();
        ApiToken token = tokens.findById(id.value())
                .filter(t -> t.owner().id().equals(me.id()) || me.hasRole(Role.ADMIN))
                .orElseThrow(() -> new NotFoundException("No such API token"));
        if (!token.revoked()) {
            token.revoke();
            audit(AuditActions.API_TOKEN_REVOKED, token.owner().username(), "\"" + token.name() + "\"");
        }
        return token.toSummary();
    }

    private void audit(String action, String username, String details) {
        events.publishEvent(new SecurityEvent(currentUser.actorName(), action, username, details));
    }
}

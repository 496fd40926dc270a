package org.parley.security;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.shared.AreaCityZone;
import org.parley.shared.AuditActions;
import org.parley.shared.Classification;
import org.parley.shared.Messages;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Users, their roles and clearances. Administration is for administrators only; every signed-in user may change their
 * own password and time zone. Security-relevant changes are published as {@link SecurityEvent}s, which the audit log
 * records in the same transaction.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class UserService {

    /** The key of the rule a wrong current password breaks; the profile marks that field with it. */
    public static final String CURRENT_PASSWORD_WRONG = "security.rule.currentPasswordWrong";

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final LoginThrottle throttle;
    private final SessionTerminator sessions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UserService(
            UserAccountRepository users,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            LoginThrottle throttle,
            SessionTerminator sessions,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.throttle = throttle;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Slice<UserSummary> list(String filter, Pageable pageable) {
        Slice<UserAccount> page = users.findByFilter(filter.trim().toLowerCase(java.util.Locale.ROOT), pageable);
        Map<String, Instant> locks = throttle
                .lockedAmong(page.map(UserAccount::username).getContent())
                .stream()
                .collect(Collectors.toMap(LoginLock::username, l -> java.util.Objects.requireNonNull(l.lockedUntil())));
        return page.map(u -> u.toSummary(locks.get(u.username())));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary get(UserId id) {
        UserAccount user = find(id);
        return user.toSummary(throttle.lockedUntil(user.username()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary create(@Valid NewUser data) {
        String username = LoginThrottle.normalise(data.username());
        if (users.existsByUsername(username)) {
            throw RuleViolationException.because("security.rule.usernameTaken", username);
        }
        requireAcceptable(data.initialPassword(), List.of(username, data.displayName()));
        var normalised = new NewUser(
                username,
                data.displayName().trim(),
                blankToNull(data.email()),
                data.roles(),
                data.clearance(),
                data.timeZone(),
                Messages.supported(data.language()).getLanguage(),
                data.initialPassword());
        UserAccount saved = users.save(
                new UserAccount(normalised, passwordEncoder.encode(data.initialPassword()), clock.instant()));
        audit(
                AuditActions.USER_CREATED,
                username,
                "roles " + names(saved.roles()) + "; clearance "
                        + saved.clearance().name() + "; " + (saved.enabled() ? "enabled" : "disabled"));
        return saved.toSummary(null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary update(UserId id, @Valid UserChanges changes) {
        UserAccount user = find(id);
        Set<Role> oldRoles = user.roles();
        Classification oldClearance = user.clearance();
        boolean accessChanged = !oldRoles.equals(changes.roles()) || oldClearance != changes.clearance();
        if (isMe(user) && !changes.roles().contains(Role.ADMIN)) {
            throw RuleViolationException.because("security.rule.keepOwnAdministratorRole");
        }
        user.apply(new UserChanges(
                changes.displayName().trim(),
                blankToNull(changes.email()),
                changes.roles(),
                changes.clearance(),
                changes.timeZone(),
                Messages.supported(changes.language()).getLanguage()));
        if (!oldRoles.equals(user.roles())) {
            audit(AuditActions.ROLES_CHANGED, user.username(), names(oldRoles) + " → " + names(user.roles()));
        }
        if (oldClearance != user.clearance()) {
            audit(
                    AuditActions.CLEARANCE_CHANGED,
                    user.username(),
                    oldClearance.name() + " → " + user.clearance().name());
        }
        if (accessChanged) {
            // the new roles or clearance must hold from the next request on, not from the next sign-in
            sessions.endSessionsOf(user);
        }
        return user.toSummary(throttle.lockedUntil(user.username()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary setEnabled(UserId id, boolean enabled) {
        UserAccount user = find(id);
        if (isMe(user) && !enabled) {
            throw RuleViolationException.because("security.rule.keepOwnAccountEnabled");
        }
        if (user.enabled() != enabled) {
            audit(enabled ? AuditActions.USER_ENABLED : AuditActions.USER_DISABLED, user.username(), "");
        }
        user.setEnabled(enabled);
        if (!enabled) {
            sessions.endSessionsOf(user);
        }
        return user.toSummary(throttle.lockedUntil(user.username()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(UserId id, String newPassword) {
        UserAccount user = find(id);
        requireAcceptable(newPassword, List.of(user.username(), user.displayName()));
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        audit(AuditActions.PASSWORD_RESET, user.username(), "the user's open sessions were ended");
        sessions.endSessionsOf(user);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary unlock(UserId id) {
        UserAccount user = find(id);
        Instant lockedUntil = throttle.lockedUntil(user.username());
        throttle.unlock(user.username());
        audit(
                AuditActions.USER_UNLOCKED,
                user.username(),
                lockedUntil == null ? "was not locked" : "was locked until " + lockedUntil);
        return user.toSummary(null);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public UserSummary me() {
        UserAccount user = find(currentUser.require().id());
        return user.toSummary(null);
    }

    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount user = find(currentUser.require().id());
        if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw RuleViolationException.because(CURRENT_PASSWORD_WRONG);
        }
        requireAcceptable(newPassword, List.of(user.username(), user.displayName()));
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        audit(AuditActions.PASSWORD_CHANGED, user.username(), "changed by the user");
    }

    @PreAuthorize("isAuthenticated()")
    public UserSummary changeOwnTimeZone(@AreaCityZone ZoneId timeZone) {
        UserAccount user = find(currentUser.require().id());
        user.changeTimeZone(timeZone);
        refreshSignedInUser(user);
        return user.toSummary(null);
    }

    /** The language Parley speaks to the signed-in user from now on; one of {@link Messages#LANGUAGES}. */
    @PreAuthorize("isAuthenticated()")
    public UserSummary changeOwnLanguage(Locale language) {
        UserAccount user = find(currentUser.require().id());
        user.changeLanguage(Messages.supported(language).getLanguage());
        refreshSignedInUser(user);
        return user.toSummary(null);
    }

    /** Enabled users holding any of the roles, in one query; for features that notify approvers and the like. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<UserSummary> usersWithAnyRole(Set<Role> roles) {
        return users.findEnabledWithAnyRole(roles).stream()
                .map(u -> u.toSummary(null))
                .toList();
    }

    /** The enabled users among the given usernames, in one query; unknown or disabled names are left out. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<UserSummary> usersNamed(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return users.findEnabledNamed(usernames).stream()
                .map(u -> u.toSummary(null))
                .toList();
    }

    /** Display names of the given users, for features that show who did something. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<UserId, String> displayNames(List<UserId> ids) {
        return users.findAllById(ids.stream().map(UserId::value).toList()).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName, (a, b) -> a));
    }

    /**
     * The language each of these users chose, for texts written for them outside their session (e-mails); users
     * not found are left out.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<UserId, Locale> languagesOf(java.util.Collection<UserId> ids) {
        return users.findAllById(ids.stream().map(UserId::value).toList()).stream()
                .collect(Collectors.toMap(UserAccount::id, u -> Messages.supported(u.language()), (a, b) -> a));
    }

    private void refreshSignedInUser(UserAccount user) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null) {
            var refreshed = new SignedInUser(user);
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            refreshed, null, refreshed.getAuthorities()));
        }
    }

    private void audit(String action, String username, String details) {
        events.publishEvent(new SecurityEvent(currentUser.actorName(), action, username, details));
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }

    private void requireAcceptable(String password, List<String> personalWords) {
        passwordPolicy.problemWith(password, personalWords).ifPresent(problem -> {
            throw problem;
        });
    }

    private boolean isMe(UserAccount user) {
        return currentUser.get().map(me -> me.id().equals(user.id())).orElse(false);
    }

    private UserAccount find(UserId id) {
        return users.findById(id.value()).orElseThrow(() -> new NotFoundException("User"));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

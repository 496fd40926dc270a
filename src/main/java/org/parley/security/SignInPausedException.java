package org.parley.security;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.shared.Messages;
import org.parley.shared.TimeLabels;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused before the password was checked: the username is locked until a time, or the address has failed
 * too often. The message is English (for logs); the sign-in page shows {@link #messageIn(Locale)}.
 */
public final class SignInPausedException extends LockedException {

    private final @Nullable Instant lockedUntil;

    private SignInPausedException(@Nullable Instant lockedUntil) {
        super(text(Locale.ENGLISH, lockedUntil));
        this.lockedUntil = lockedUntil;
    }

    static SignInPausedException usernameLockedUntil(Instant until) {
        return new SignInPausedException(until);
    }

    static SignInPausedException addressThrottled() {
        return new SignInPausedException(null);
    }

    public String messageIn(Locale locale) {
        return text(locale, lockedUntil);
    }

    private static String text(Locale locale, @Nullable Instant until) {
        return until == null
                ? Messages.get(locale, "security.login.addressThrottled")
                : Messages.get(
                        locale,
                        "security.login.usernameLocked",
                        TimeLabels.dayAndTime(until, java.time.ZoneOffset.UTC, locale));
    }
}

package org.parley.security;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A wrong username or password, remembering the username that was typed, so that the sign-in page can offer it again
 * instead of making the user type it a second time. Spring Security keeps the exception in the session until then.
 */
public final class SignInFailedException extends BadCredentialsException {

    private static final int USERNAME_MAX_LENGTH = 64;
    private final String username;

    SignInFailedException(String username, BadCredentialsException cause) {
        super(cause.getMessage(), cause);
        this.username = username.length() > USERNAME_MAX_LENGTH ? username.substring(0, USERNAME_MAX_LENGTH) : username;
    }

    /** What was typed as the username, trimmed and cut to a sensible length. */
    public String username() {
        return username;
    }
}

package org.parley.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password sign-in wrapped in {@link LoginThrottle}: checked before, recorded after. */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(DaoAuthenticationProvider passwordCheck, LoginThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = LoginThrottle.normalise(authentication.getName());
        String remoteAddress = remoteAddress(authentication.getDetails());
        throttle.checkAllowed(username, remoteAddress);
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.recordSuccess(username, remoteAddress);
            return result;
        } catch (DisabledException e) {
            throttle.recordDisabled(username, remoteAddress);
            throw e;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username, remoteAddress);
            throw new SignInFailedException(
                    authentication.getName() == null
                            ? ""
                            : authentication.getName().strip(),
                    e);
        }
    }

    private static @Nullable String remoteAddress(@Nullable Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

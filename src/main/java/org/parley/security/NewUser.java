package org.parley.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.shared.AreaCityZone;
import org.parley.shared.Classification;
import org.parley.shared.PlainText;

/** What an administrator enters to create a user. */
public record NewUser(
        @NotBlank(message = "{security.user.usernameRequired}")
        @Size(max = USERNAME_MAX_LENGTH, message = "{security.user.usernameTooLong}")
        @Pattern(regexp = USERNAME_PATTERN, message = "{security.user.usernameCharacters}")
        String username,

        @NotBlank(message = "{security.user.displayNameRequired}")
        @Size(max = DISPLAY_NAME_MAX_LENGTH, message = "{security.user.displayNameTooLong}")
        @PlainText
        String displayName,

        @Nullable
        @Email(message = "{security.user.emailInvalid}")
        @Size(max = EMAIL_MAX_LENGTH, message = "{security.user.emailTooLong}")
        String email,

        @NotEmpty(message = "{security.user.rolesRequired}") Set<Role> roles,

        @NotNull(message = "{security.user.clearanceRequired}")
        Classification clearance,

        @NotNull(message = "{security.user.timeZoneRequired}") @AreaCityZone
        ZoneId timeZone,

        @NotBlank String language,
        @NotNull String initialPassword) {

    public static final int USERNAME_MAX_LENGTH = 64;
    public static final String USERNAME_PATTERN = "[a-z0-9._-]*";
    public static final int DISPLAY_NAME_MAX_LENGTH = 120;
    public static final int EMAIL_MAX_LENGTH = 254;
}

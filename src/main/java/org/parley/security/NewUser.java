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
        @NotBlank(message = "Enter a username")
        @Size(max = USERNAME_MAX_LENGTH, message = "A username has at most " + USERNAME_MAX_LENGTH + " characters")
        @Pattern(regexp = USERNAME_PATTERN, message = "Use lower-case letters, digits, dots, dashes and underscores")
        String username,
        @NotBlank(message = "Enter the name to display")
        @Size(max = DISPLAY_NAME_MAX_LENGTH, message = "A display name has at most " + DISPLAY_NAME_MAX_LENGTH + " characters")
        @PlainText String displayName,
        @Nullable @Email(message = "Enter a valid e-mail address") @Size(max = EMAIL_MAX_LENGTH) String email,
        @NotEmpty(message = "Choose at least one role") Set<Role> roles,
        @NotNull(message = "Choose a clearance") Classification clearance,
        @NotNull(message = "Choose a time zone") @AreaCityZone ZoneId timeZone,
        @NotBlank String language,
        @NotNull String initialPassword) {

    public static final int USERNAME_MAX_LENGTH = 64;
    public static final String USERNAME_PATTERN = "[a-z0-9._-]*";
    public static final int DISPLAY_NAME_MAX_LENGTH = 120;
    public static final int EMAIL_MAX_LENGTH = 254;
}

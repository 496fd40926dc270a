package org.parley.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.shared.AreaCityZone;
import org.parley.shared.Classification;
import org.parley.shared.PlainText;

/** What an administrator may change on an existing user. */
public record UserChanges(
        @NotBlank(message = "{security.user.displayNameRequired}")
        @Size(max = NewUser.DISPLAY_NAME_MAX_LENGTH, message = "{security.user.displayNameTooLong}")
        @PlainText
        String displayName,

        @Nullable
        @Email(message = "{security.user.emailInvalid}")
        @Size(max = NewUser.EMAIL_MAX_LENGTH, message = "{security.user.emailTooLong}")
        String email,

        @NotEmpty(message = "{security.user.rolesRequired}") Set<Role> roles,

        @NotNull(message = "{security.user.clearanceRequired}")
        Classification clearance,

        @NotNull(message = "{security.user.timeZoneRequired}") @AreaCityZone
        ZoneId timeZone,

        @NotBlank String language) {}

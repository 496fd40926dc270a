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
        @NotBlank(message = "Enter the name to display")
        @Size(max = NewUser.DISPLAY_NAME_MAX_LENGTH, message = "A display name has at most " + NewUser.DISPLAY_NAME_MAX_LENGTH + " characters")
        @PlainText String displayName,
        @Nullable @Email(message = "Enter a valid e-mail address") @Size(max = NewUser.EMAIL_MAX_LENGTH) String email,
        @NotEmpty(message = "Choose at least one role") Set<Role> roles,
        @NotNull(message = "Choose a clearance") Classification clearance,
        @NotNull(message = "Choose a time zone") @AreaCityZone ZoneId timeZone,
        @NotBlank String language) {}

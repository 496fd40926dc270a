package org.parley.calendar.internal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The calendar settings, {@code parley.calendar.*}; defaults in the built-in application.properties, documented in
 * config/application.properties. Unknown keys are allowed here, unlike the approval policy, because the calendar
 * feeds and e-mail keep their own settings under the same prefix.
 *
 * @param uidDomain the right-hand side of every event's UID; never change it once invites have gone out, or calendars
 *        will hold each meeting twice
 * @param baseUrl where people reach Parley, for the link back to the meeting page; unset, Parley's own address with
 *        the port it listens on ({@link BaseUrl})
 * @param organizerEmail the ORGANIZER of every invite: the mailbox that receives people's answers
 * @param organizerName the ORGANIZER's display name
 */
@Validated
@ConfigurationProperties(prefix = "parley.calendar")
public record CalendarSettings(
        @NotBlank(message = "set parley.calendar.uid-domain")
        @Pattern(
                regexp = "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*",
                message = "parley.calendar.uid-domain must be a domain name, such as parley.example.org")
        String uidDomain,

        @Nullable URI baseUrl,

        @NotBlank(message = "set parley.calendar.organizer-email")
        @Email(message = "parley.calendar.organizer-email must be an e-mail address")
        String organizerEmail,

        @NotBlank(message = "set parley.calendar.organizer-name")
        String organizerName) {

    @AssertTrue(
            message = "parley.calendar.base-url must be an absolute http or https address, such as "
                    + "https://parley.example.org")
    public boolean isBaseUrlAbsolute() {
        return baseUrl == null
                || (baseUrl.isAbsolute()
                        && baseUrl.getHost() != null
                        && ("http".equalsIgnoreCase(baseUrl.getScheme())
                                || "https".equalsIgnoreCase(baseUrl.getScheme())));
    }

    /** The permanent UID of a meeting's event, the same in every file and every version. */
    public String uidOf(long meetingId) {
        return "meeting-" + meetingId + "@" + uidDomain;
    }
}

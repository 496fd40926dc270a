package org.parley.calendar.importing;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The mailbox of calendar replies, {@code parley.calendar.replies.*} (docs/0026): where the answers and proposals
 * that calendar programs send to the ORGANIZER arrive. Off unless enabled; documented in config/application.properties.
 *
 * @param enabled whether Parley reads the mailbox at all
 * @param tls IMAP over TLS (imaps, usually port 993); without, plain IMAP (port 143), for a server on the same host
 * @param folder the folder the replies arrive in
 * @param appliedFolder where a read reply is moved once it is recorded (applied or stale); made when missing
 * @param notAppliedFolder where a message that could not be applied is moved (unknown meeting or attendee, forged
 *        organiser, malformed, not a reply at all); made when missing
 * @param interval how often the mailbox is read (by one node of the cluster)
 * @param timeout how long a connection or a read may take before the run gives up and the next one tries again
 */
@Validated
@ConfigurationProperties(prefix = "parley.calendar.replies")
record ReplySettings(
        @DefaultValue("false") boolean enabled,
        @Nullable String host,

        @Min(value = 1, message = "parley.calendar.replies.port must be a port number")
        @Max(value = 65535, message = "parley.calendar.replies.port must be a port number")
        @DefaultValue("993")
        int port,

        @DefaultValue("true") boolean tls,
        @Nullable String username,
        @Nullable String password,
        @NotBlank @DefaultValue("INBOX") String folder,
        @NotBlank @DefaultValue("Parley-applied") String appliedFolder,
        @NotBlank @DefaultValue("Parley-not-applied") String notAppliedFolder,
        @NotNull @DefaultValue("PT2M") Duration interval,
        @NotNull @DefaultValue("PT30S") Duration timeout) {

    @AssertTrue(
            message = "set parley.calendar.replies.host and parley.calendar.replies.username, or leave "
                    + "parley.calendar.replies.enabled false")
    public boolean isServerGivenWhenEnabled() {
        return !enabled || (host != null && !host.isBlank() && username != null && !username.isBlank());
    }

    @AssertTrue(message = "parley.calendar.replies.interval must be at least ten seconds")
    public boolean isIntervalLongEnough() {
        return interval == null || interval.compareTo(Duration.ofSeconds(10)) >= 0;
    }
}

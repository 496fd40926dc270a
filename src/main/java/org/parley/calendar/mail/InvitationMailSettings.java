package org.parley.calendar.mail;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.parley.shared.Classification;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * E-mail invitations, {@code parley.calendar.mail.*}; the mail server itself is Spring Boot's {@code spring.mail.*}.
 * Documented in config/application.properties; see docs/0009-email-invitations.md.
 *
 * @param maxClassification the highest classification whose meetings are e-mailed; an e-mail travels and rests
 *        outside Parley in clear, so the default is unclassified
 * @param retryInterval how long after the first failure a message is tried again; the wait doubles each time
 * @param maxAttempts how often a message is tried before it waits for a planner's "Retry failed"
 * @param retrySweep whether failed and left-over messages are retried on a schedule (tests drive it themselves)
 * @param abandonedAfter how long a message taken by a sender that never finished (its node stopped or died mid-send)
 *        waits before another sender takes it; longer than any send takes
 */
@Validated
@ConfigurationProperties(prefix = "parley.calendar.mail")
record InvitationMailSettings(
        @NotNull @DefaultValue("UNCLASSIFIED") Classification maxClassification,
        @NotNull @DefaultValue("PT1M") Duration retryInterval,

        @Min(value = 1, message = "parley.calendar.mail.max-attempts must be at least 1")
        @Max(value = 20, message = "parley.calendar.mail.max-attempts must be at most 20")
        @DefaultValue("5")
        int maxAttempts,

        @DefaultValue("true") boolean retrySweep,
        @NotNull @DefaultValue("PT10M") Duration abandonedAfter) {

    @AssertTrue(message = "parley.calendar.mail.retry-interval must be at least one second")
    public boolean isRetryIntervalPositive() {
        return retryInterval == null || retryInterval.compareTo(Duration.ofSeconds(1)) >= 0;
    }

    boolean mayEmail(Classification classification) {
        return maxClassification.covers(classification);
    }

    @AssertTrue(message = "parley.calendar.mail.abandoned-after must be at least ten seconds")
    public boolean isAbandonedAfterLongEnough() {
        return abandonedAfter == null || abandonedAfter.compareTo(Duration.ofSeconds(10)) >= 0;
    }
}

package org.parley.calendar.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.parley.calendar.CalendarMethod;

/**
 * One e-mail invitation as the meeting page lists it.
 *
 * @param nextAttemptAt when a failed message is tried again; none once the attempts are used up
 */
public record InvitationMailSummary(
        String recipientName,
        String recipient,
        CalendarMethod method,
        int sequence,
        String subject,
        InvitationMailStatus status,
        int attempts,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt,
        @Nullable Instant nextAttemptAt) {}

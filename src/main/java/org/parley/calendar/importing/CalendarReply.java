package org.parley.calendar.importing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message read from the replies mailbox and what became of it, for the planners' list (docs/0026). */
public record CalendarReply(
        long id,
        Instant receivedAt,
        @Nullable String sender,
        @Nullable String subject,
        @Nullable String method,
        @Nullable String uid,
        @Nullable String attendee,
        @Nullable Long meetingId,
        ReplyOutcome outcome,
        @Nullable String detail) {}

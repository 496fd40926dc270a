package org.parley.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingId;

/** One notification as its recipient sees it. */
public record NotificationSummary(long id, @Nullable MeetingId meeting, String text, Instant createdAt, boolean read) {}

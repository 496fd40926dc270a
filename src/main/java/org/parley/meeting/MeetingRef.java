package org.parley.meeting;

import java.time.Instant;

/** A link to another meeting (parent conference, follow-up); title only when the viewer may see it. */
public record MeetingRef(MeetingId id, String title, MeetingKind kind, Instant start, boolean visible) {}

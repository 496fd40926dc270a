package org.parley.meeting;

import org.parley.shared.Classification;

/** Published whenever a meeting is created or edited, in the same transaction, for features that keep copies. */
public record MeetingSaved(MeetingId meeting, String title, Classification classification) {}

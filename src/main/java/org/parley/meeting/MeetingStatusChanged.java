package org.parley.meeting;

/** Published after a meeting's status changed, in the same transaction. */
public record MeetingStatusChanged(
        MeetingId meeting, String title, MeetingStatus from, MeetingStatus to, String actor) {}

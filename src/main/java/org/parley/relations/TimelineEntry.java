package org.parley.relations;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingId;

/**
 * One step of a question's history.
 *
 * @param text what was said or decided, the note, or the fields that changed (by their names)
 * @param status the status it moved to, for {@link TimelineKind#STATUS} and {@link TimelineKind#CREATED}
 * @param meeting the meeting it happened at, for {@link TimelineKind#RAISED} and {@link TimelineKind#OUTCOME}
 */
public record TimelineEntry(
        Instant at,
        String actor,
        TimelineKind kind,
        String text,
        @Nullable QuestionStatus status,
        @Nullable MeetingId meeting,
        @Nullable String meetingTitle) {}

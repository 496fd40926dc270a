package org.parley.meeting;

import org.jspecify.annotations.Nullable;

/**
 * One field of a {@link MeetingChange}, written as people read it (names rather than ids, times in the meeting's
 * zone). {@code before} is null for something added or a field that was empty; {@code after} for something removed or
 * a field that was emptied.
 */
public record FieldChange(
        String field, @Nullable String before, @Nullable String after) {}

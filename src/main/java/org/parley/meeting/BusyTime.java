package org.parley.meeting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.directory.RoomId;
import org.parley.directory.VenueId;

/**
 * A time when a person or a room is taken by a meeting, and where that meeting is held (for walking times). It names
 * neither the meeting nor its title: the meeting may be above the reader's clearance.
 *
 * @param person the person who is busy, or null when the room is the one taken
 * @param room the room that is taken, or null when a person is the one busy
 */
public record BusyTime(
        @Nullable PersonId person,
        @Nullable RoomId room,
        @Nullable VenueId venue,
        Instant start,
        Instant end) {}

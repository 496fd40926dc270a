package org.parley.meeting;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.parley.directory.RoomId;
import org.parley.directory.VenueId;

/** Where a meeting takes place, as the meeting page shows it. */
public record VenueRef(
        VenueId id,
        String name,
        @Nullable String city,
        @Nullable String address,
        ZoneId timeZone,
        @Nullable RoomId room,
        @Nullable String roomName) {}

package org.parley.bilateral;

import java.time.Instant;
import org.parley.directory.RoomId;

/** Where and when a plan puts a bilateral; a pinned one stays there when the planner plans again. */
public record PlannedSlot(Instant start, Instant end, RoomId room, String roomName, boolean pinned) {}

package org.parley.bilateral;

import org.parley.directory.Room;

/** A room of the conference's venue, and whether the conference sets it aside for bilaterals. */
public record BilateralRoom(Room room, boolean setAside) {}

package org.parley.directory;

/** A room at a venue; meetings book rooms. */
public record Room(RoomId id, VenueId venueId, String name, int capacity, boolean interpretationBooths) {

    public Room(RoomId id, VenueId venueId, String name, int capacity) {
        this(id, venueId, name, capacity, false);
    }
}

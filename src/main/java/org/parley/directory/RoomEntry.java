package org.parley.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A room; rooms are renamed but never removed, because meetings keep their booking. */
@Entity
@Table(name = "room")
class RoomEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "venue_id", nullable = false)
    private VenueEntry venue;

    @Column(nullable = false, length = RoomData.NAME_MAX_LENGTH)
    private String name = "";

    @Column(nullable = false)
    private int capacity;

    @Column(name = "interpretation_booths", nullable = false)
    private boolean interpretationBooths;

    protected RoomEntry() {
        this.venue = new VenueEntry();
    }

    RoomEntry(VenueEntry venue) {
        this.venue = venue;
    }

    void apply(RoomData data) {
        this.name = data.name().trim();
        this.capacity = data.capacity();
        this.interpretationBooths = data.interpretationBooths();
    }

    @Nullable
    Long rawId() {
        return id;
    }

    VenueId venueIdForRoom() {
        return new VenueId(venue.idValue());
    }

    Room toRoom(VenueId venueId) {
        return new Room(new RoomId(Objects.requireNonNull(id)), venueId, name, capacity, interpretationBooths);
    }
}

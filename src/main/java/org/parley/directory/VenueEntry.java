package org.parley.directory;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.shared.CountryCode;

@Entity
@Table(name = "venue")
class VenueEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = VenueData.NAME_MAX_LENGTH)
    private String name = "";

    @Column(name = "search_name", nullable = false, length = VenueData.NAME_MAX_LENGTH)
    private String searchName = "";

    @Column(length = VenueData.CITY_MAX_LENGTH)
    private @Nullable String city;

    @Column(name = "search_city", length = VenueData.CITY_MAX_LENGTH)
    private @Nullable String searchCity;

    @Column(nullable = false, length = 2)
    private CountryCode country = new CountryCode("US");

    @Column(length = VenueData.ADDRESS_MAX_LENGTH)
    private @Nullable String address;

    @Column(name = "time_zone", nullable = false, length = 64)
    private ZoneId timeZone = ZoneId.of("UTC");

    @Column(nullable = false)
    private int capacity;

    @Version
    private long version;

    @OneToMany(mappedBy = "venue", cascade = CascadeType.ALL, orphanRemoval = false)
    @OrderBy("name")
    private List<RoomEntry> rooms = new ArrayList<>();

    protected VenueEntry() {}

    void apply(VenueData data) {
        this.name = data.name().trim();
        this.searchName = name.toLowerCase(Locale.ROOT);
        this.city = data.city() == null || data.city().isBlank()
                ? null
                : data.city().trim();
        this.searchCity = city == null ? null : city.toLowerCase(Locale.ROOT);
        this.country = data.country();
        this.address = data.address() == null || data.address().isBlank()
                ? null
                : data.address().trim();
        this.timeZone = data.timeZone();
        this.capacity = data.capacity();
    }

    RoomEntry addRoom(RoomData data) {
        var room = new RoomEntry(this);
        room.apply(data);
        rooms.add(room);
        return room;
    }

    long idValue() {
        return Objects.requireNonNull(id);
    }

    List<RoomEntry> rooms() {
        return rooms;
    }

    long version() {
        return version;
    }

    Venue toVenue() {
        var venueId = new VenueId(Objects.requireNonNull(id));
        return new Venue(
                venueId,
                name,
                city,
                country,
                address,
                timeZone,
                capacity,
                rooms.stream().map(r -> r.toRoom(venueId)).toList(),
                version);
    }
}

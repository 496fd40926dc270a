package org.parley.directory;

import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.shared.CountryCode;

/** Where meetings take place; its time zone is the one meeting times are entered in. */
public record Venue(
        VenueId id,
        String name,
        @Nullable String city,
        CountryCode country,
        @Nullable String address,
        ZoneId timeZone,
        int capacity,
        List<Room> rooms,
        long version) {

    public VenueData toData() {
        return new VenueData(name, city, country, address, timeZone, capacity);
    }
}

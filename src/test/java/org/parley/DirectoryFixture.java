package org.parley;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.directory.RoomData;
import org.parley.directory.Venue;
import org.parley.directory.VenueData;
import org.parley.directory.VenueService;
import org.parley.security.SystemTask;
import org.parley.shared.CountryCode;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Creates directory entries for tests through the real services. */
@Component
@Profile("test")
public class DirectoryFixture {

    private final PeopleService people;
    private final VenueService venues;

    DirectoryFixture(PeopleService people, VenueService venues) {
        this.people = people;
        this.venues = venues;
    }

    public Person person(String name, CountryCode country, ZoneId homeZone) {
        return SystemTask.runAsSystem(() -> people.create(PersonData.of(name, country, homeZone)));
    }

    public Person person(PersonData data) {
        return SystemTask.runAsSystem(() -> people.create(data));
    }

    public Venue venue(String name, ZoneId zone, String... rooms) {
        List<RoomData> roomData =
                Arrays.stream(rooms).map(r -> new RoomData(r, 20)).toList();
        return SystemTask.runAsSystem(() -> venues.create(
                new VenueData(name, TimeZoneCity.of(zone), new CountryCode("DE"), null, zone, 200), roomData));
    }

    private static final class TimeZoneCity {
        static String of(ZoneId zone) {
            String id = zone.getId();
            return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
        }
    }
}

package org.parley.directory;

import jakarta.validation.Valid;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Venues and their rooms. Everyone signed in reads; planners and administrators maintain them. */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class VenueService {

    private final VenueRepository venues;

    VenueService(VenueRepository venues) {
        this.venues = venues;
    }

    /** One page of venues whose name or city contains the text, with their rooms (two queries, not one per venue). */
    @PreAuthorize("isAuthenticated()")
    public Slice<Venue> find(String text, Pageable pageable) {
        Slice<VenueEntry> page = venues.search(PeopleService.likePattern(text), pageable);
        Map<Long, Venue> withRooms =
                venues
                        .findWithRooms(page.getContent().stream()
                                .map(VenueEntry::idValue)
                                .toList())
                        .stream()
                        .map(VenueEntry::toVenue)
                        .collect(Collectors.toMap(v -> v.id().value(), Function.identity()));
        List<Venue> content =
                page.getContent().stream().map(v -> withRooms.get(v.idValue())).toList();
        return new SliceImpl<>(content, pageable, page.hasNext());
    }

    @PreAuthorize("isAuthenticated()")
    public Venue get(VenueId id) {
        return venues.findWithRooms(List.of(id.value())).stream()
                .findFirst()
                .map(VenueEntry::toVenue)
                .orElseThrow(() -> new NotFoundException("Venue"));
    }

    @PreAuthorize("isAuthenticated()")
    public List<Venue> getAll(Collection<VenueId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return venues.findWithRooms(ids.stream().map(VenueId::value).distinct().toList()).stream()
                .map(VenueEntry::toVenue)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Room> getRoom(RoomId id) {
        return venues.findRoom(id.value()).map(r -> r.toRoom(r.venueIdForRoom()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public Venue create(@Valid VenueData data, List<@Valid RoomData> rooms) {
        var venue = new VenueEntry();
        venue.apply(data);
        rooms.forEach(venue::addRoom);
        return venues.saveAndFlush(venue).toVenue();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public Venue update(VenueId id, @Valid VenueData data, long expectedVersion) {
        VenueEntry venue = find(id);
        if (venue.version() != expectedVersion) {
            throw RuleViolationException.because("directory.venue.changedMeanwhile");
        }
        venue.apply(data);
        return venues.saveAndFlush(venue).toVenue();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public Venue addRoom(VenueId id, @Valid RoomData room) {
        VenueEntry venue = find(id);
        venue.addRoom(room);
        return venues.saveAndFlush(venue).toVenue();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    public Venue updateRoom(RoomId id, @Valid RoomData data) {
        RoomEntry room = venues.findRoom(id.value()).orElseThrow(() -> new NotFoundException("Room"));
        room.apply(data);
        venues.flush();
        return get(room.venueIdForRoom());
    }

    private VenueEntry find(VenueId id) {
        return venues.findById(id.value()).orElseThrow(() -> new NotFoundException("Venue"));
    }
}

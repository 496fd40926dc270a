package org.parley.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VenueRepository extends JpaRepository<VenueEntry, Long> {

    @Query("""
            select v from VenueEntry v
            where v.searchName like :pattern or v.searchCity like :pattern
            order by v.searchName, v.id
            """)
    Slice<VenueEntry> search(@Param("pattern") String lowerCasePattern, Pageable pageable);

    /** Venues with their rooms in one query, for a page of meetings or venues. */
    @Query("select distinct v from VenueEntry v left join fetch v.rooms where v.id in :ids")
    List<VenueEntry> findWithRooms(@Param("ids") Collection<Long> ids);

    @Query("select r from RoomEntry r join fetch r.venue where r.id = :id")
    Optional<RoomEntry> findRoom(@Param("id") long id);
}

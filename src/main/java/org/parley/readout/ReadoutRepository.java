package org.parley.readout;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parley.shared.CountryCode;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface ReadoutRepository extends CrudRepository<ReadoutEntry, Long> {

    @Query("select r from ReadoutEntry r where r.meetingId = :meetingId")
    Optional<ReadoutEntry> findByMeeting(@Param("meetingId") long meetingId);

    @Query("select r from ReadoutEntry r where r.meetingId in :meetingIds")
    List<ReadoutEntry> findByMeetingIn(@Param("meetingIds") Collection<Long> meetingIds);

    /** Released and withdrawn readouts, newest first; with a country, only those concerning it. */
    @Query("""
            select r from ReadoutEntry r
            where r.status in :statuses
              and (:anyCountry = true or :country member of r.countries)
            order by r.firstReleasedAt desc, r.id desc""")
    Slice<ReadoutEntry> findPublic(
            @Param("statuses") Collection<ReadoutStatus> statuses,
            @Param("anyCountry") boolean anyCountry,
            @Param("country") CountryCode country,
            Pageable pageable);

    /** For the feed: what changed last comes first, a correction or withdrawal included. */
    @Query("select r from ReadoutEntry r where r.status in :statuses order by r.updatedAt desc, r.id desc")
    List<ReadoutEntry> findRecentlyUpdated(@Param("statuses") Collection<ReadoutStatus> statuses, Pageable pageable);

    @Query("select r from ReadoutEntry r where r.id = :id and r.status in :statuses")
    Optional<ReadoutEntry> findPublicById(@Param("id") long id, @Param("statuses") Collection<ReadoutStatus> statuses);
}

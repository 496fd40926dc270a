package org.parley.meeting;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingSearchRepository extends JpaRepository<MeetingSearchEntry, Long> {

    /** Meetings whose search document is missing or was written by another version of the builder. */
    @Query("""
            select m.id from Meeting m
            where not exists (select 1 from MeetingSearchEntry s where s.meetingId = m.id and s.format = :format)
            order by m.id
            """)
    List<Long> findUnindexed(@Param("format") int format, Pageable page);

    @Query("select distinct dm.meetingId from DelegationMember dm where dm.personId = :personId order by dm.meetingId")
    List<Long> findMeetingsOf(@Param("personId") long personId);
}

package org.parley.participation;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface CounterProposalRepository extends CrudRepository<CounterProposalEntry, Long> {

    /** A meeting's proposals, open ones first, newest first within each. */
    @Query("""
            select p from CounterProposalEntry p where p.meetingId = :meetingId
            order by case when p.status = org.parley.participation.CounterProposalStatus.OPEN then 0 else 1 end,
                     p.proposedAt desc, p.id desc""")
    List<CounterProposalEntry> findByMeeting(@Param("meetingId") long meetingId);

    @Query("""
            select p from CounterProposalEntry p
            where p.meetingId = :meetingId and p.personId = :personId
              and p.status = org.parley.participation.CounterProposalStatus.OPEN""")
    List<CounterProposalEntry> findOpen(@Param("meetingId") long meetingId, @Param("personId") long personId);
}

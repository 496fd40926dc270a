package org.parley.meeting;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parley.shared.Classification;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @Query("select m from Meeting m where m.id = :id and m.classification in :visible")
    Optional<Meeting> findVisible(@Param("id") long id, @Param("visible") Collection<Classification> visible);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Meeting m where m.id = :id and m.classification in :visible")
    Optional<Meeting> findVisibleForUpdate(@Param("id") long id, @Param("visible") Collection<Classification> visible);

    @Query("""
            select m from Meeting m where m.status = :status and m.classification in :visible
            order by m.updatedAt, m.id
            """)
    List<Meeting> findByStatusVisible(
            @Param("status") MeetingStatus status,
            @Param("visible") Collection<Classification> visible,
            org.springframework.data.domain.Pageable page);

    /** Each member's answer as (meeting id, role, answer) rows, for the answer summaries of a page of meetings. */
    @Query("""
            select dm.meetingId, dm.role, dm.response from DelegationMember dm, Meeting m
            where m.id = dm.meetingId and dm.meetingId in :ids and m.classification in :visible
            """)
    List<Object[]> responsesOf(
            @Param("ids") Collection<Long> ids, @Param("visible") Collection<Classification> visible);

    @Query("""
            select d from Delegation d left join fetch d.members
            where d.meeting.id = :meetingId order by d.position
            """)
    List<Delegation> findDelegationsWithMembers(@Param("meetingId") long meetingId);

    @Query("""
            select m from Meeting m where m.followUpOfId in :ids and m.classification in :visible
            order by m.start, m.id
            """)
    List<Meeting> findFollowUps(
            @Param("ids") Collection<Long> ids, @Param("visible") Collection<Classification> visible);

    @Query("""
            select d.meeting.id, d from Delegation d left join fetch d.members
            where d.meeting.id in :meetingIds order by d.meeting.id, d.position
            """)
    List<Object[]> findDelegationsWithMembersOf(@Param("meetingIds") Collection<Long> meetingIds);

    @Query(
            "select a.meeting.id, a from AgendaItem a where a.meeting.id in :meetingIds order by a.meeting.id, a.position")
    List<Object[]> findAgendaOf(@Param("meetingIds") Collection<Long> meetingIds);

    @Query("select a from AgendaItem a where a.meeting.id = :meetingId order by a.position")
    List<AgendaItem> findAgenda(@Param("meetingId") long meetingId);

    @Query("""
            select m from Meeting m
            where m.kind = org.parley.meeting.MeetingKind.CONFERENCE and m.classification in :visible
              and lower(m.title) like :pattern
            order by m.start desc
            """)
    Slice<Meeting> findConferences(
            @Param("pattern") String lowerCasePattern,
            @Param("visible") Collection<Classification> visible,
            org.springframework.data.domain.Pageable page);
}

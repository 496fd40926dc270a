package org.parley.followup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.parley.shared.Classification;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutcomeRepository extends JpaRepository<OutcomeEntry, Long> {

    @Query("select o from OutcomeEntry o where o.meetingId = :meetingId order by o.recordedAt, o.id")
    List<OutcomeEntry> findByMeeting(@Param("meetingId") long meetingId);

    /** Action items by due date; the always-bound "any…" flags keep one query valid on H2 and PostgreSQL alike. */
    @Query("""
            select o from OutcomeEntry o
            where o.kind = org.parley.followup.OutcomeKind.ACTION_ITEM
              and o.meetingClassification in :visible
              and (:anyOwner = true or o.searchOwner like :owner)
              and (:anyAssignee = true or o.ownerUser = :me or o.ownerPersonId = :mePerson)
              and (:anyStatus = true or o.status = :status)
              and (:anyFrom = true or o.due >= :dueFrom)
              and (:anyTo = true or o.due <= :dueTo)
            order by o.due, o.id
            """)
    Slice<OutcomeEntry> findActionItems(
            @Param("visible") Collection<Classification> visible,
            @Param("anyOwner") boolean anyOwner,
            @Param("owner") String ownerPattern,
            @Param("anyAssignee") boolean anyAssignee,
            @Param("me") String me,
            @Param("mePerson") long mePerson,
            @Param("anyStatus") boolean anyStatus,
            @Param("status") ActionStatus status,
            @Param("anyFrom") boolean anyFrom,
            @Param("dueFrom") LocalDate dueFrom,
            @Param("anyTo") boolean anyTo,
            @Param("dueTo") LocalDate dueTo,
            Pageable pageable);

    List<OutcomeEntry> findByMeetingIdIn(Collection<Long> meetingIds);
}

package org.parley.approval;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Steps are only ever added and read. */
interface ApprovalStepRepository extends Repository<ApprovalStep, Long> {

    ApprovalStep save(ApprovalStep step);

    @Query("select s from ApprovalStep s where s.meetingId = :meetingId order by s.takenAt, s.id")
    List<ApprovalStep> findTimeline(@Param("meetingId") long meetingId);

    @Query("select s from ApprovalStep s where s.meetingId in :meetingIds order by s.meetingId, s.takenAt, s.id")
    List<ApprovalStep> findTimelines(@Param("meetingIds") Collection<Long> meetingIds);
}

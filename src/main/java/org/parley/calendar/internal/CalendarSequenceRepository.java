package org.parley.calendar.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Sequences are added and counted up, never removed. */
interface CalendarSequenceRepository extends Repository<CalendarSequence, Long> {

    CalendarSequence save(CalendarSequence sequence);

    java.util.List<CalendarSequence> findAllByMeetingIdIn(java.util.Collection<Long> meetingIds);

    /** Holds a write lock on the meeting's row until the transaction ends, so two changes count one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from CalendarSequence s where s.meetingId = :meetingId")
    Optional<CalendarSequence> findForUpdate(@Param("meetingId") long meetingId);
}

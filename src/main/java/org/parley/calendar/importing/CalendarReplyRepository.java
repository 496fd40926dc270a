package org.parley.calendar.importing;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface CalendarReplyRepository extends CrudRepository<CalendarReplyEntry, Long> {

    @Query("select r from CalendarReplyEntry r where r.messageId = :messageId")
    Optional<CalendarReplyEntry> findByMessageId(@Param("messageId") String messageId);

    @Query("select r from CalendarReplyEntry r where r.outcome in :outcomes order by r.receivedAt desc, r.id desc")
    Slice<CalendarReplyEntry> findByOutcomes(@Param("outcomes") Collection<ReplyOutcome> outcomes, Pageable pageable);
}

package org.parley.calendar.importing;

import java.util.EnumSet;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The calendar replies that could not be applied, for planners to follow up by hand (docs/0026). */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('PLANNER')")
public class CalendarReplyService {

    private static final EnumSet<ReplyOutcome> NOT_APPLIED = EnumSet.complementOf(EnumSet.of(ReplyOutcome.APPLIED));

    private final CalendarReplyRepository replies;

    CalendarReplyService(CalendarReplyRepository replies) {
        this.replies = replies;
    }

    /** One page of the replies that were not applied (stale ones included), newest first. */
    @PreAuthorize("hasRole('PLANNER')")
    public Slice<CalendarReply> notApplied(Pageable pageable) {
        return replies.findByOutcomes(NOT_APPLIED, pageable).map(CalendarReplyEntry::toRecord);
    }
}

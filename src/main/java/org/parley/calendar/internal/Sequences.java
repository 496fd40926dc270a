package org.parley.calendar.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each meeting's SEQUENCE in step with the meeting. It is counted when the meeting changes (SequenceListener,
 * in the same transaction as the change) and again before every file is written, which catches what no event
 * announces (a draft's edits, rows older than this feature). See docs/0006-icalendar.md.
 */
@Component
public class Sequences {

    /** The stored sequences of many meetings in one read, without counting: for feeds (see docs/0008). */
    public java.util.Map<Long, Integer> stored(java.util.Collection<Long> meetingIds) {
        var result = new java.util.HashMap<Long, Integer>();
        if (!meetingIds.isEmpty()) {
            repository.findAllByMeetingIdIn(meetingIds).forEach(s -> result.put(s.getId(), s.sequence()));
        }
        return result;
    }

    /** The meeting as read under the sequence's lock, and its sequence. */
    public record Counted(MeetingDetails meeting, int sequence) {}

    private final CalendarSequenceRepository repository;
    private final MeetingService meetings;
    private final Clock clock;

    Sequences(CalendarSequenceRepository repository, MeetingService meetings, Clock clock) {
        this.repository = repository;
        this.meetings = meetings;
        this.clock = clock;
    }

    /**
     * Reads the meeting (within the caller's clearance) and its sequence, counting a change if there was one. Joins
     * the caller's transaction, so a change and its count commit together; on its own it is one small transaction.
     */
    @Transactional
    public Counted count(MeetingId id) {
        // lock first, read second: the meeting read is then at least as new as what the stored count saw, and two
        // counts of the same meeting cannot both add one for the same change
        Optional<CalendarSequence> stored = repository.findForUpdate(id.value());
        MeetingDetails meeting = meetings.get(id);
        Instant now = clock.instant();
        CalendarSequence sequence;
        if (stored.isPresent()) {
            sequence = stored.get();
            sequence.follow(meeting, now);
        } else {
            // every meeting has a row from migration V8 or from its first status change; this is the safety net
            sequence = repository.save(CalendarSequence.first(meeting, now));
        }
        return new Counted(meeting, sequence.sequence());
    }
}

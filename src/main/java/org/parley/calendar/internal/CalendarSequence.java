package org.parley.calendar.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingStatus;
import org.springframework.data.domain.Persistable;

/**
 * A meeting's iCalendar SEQUENCE and the values it was last counted from. Calendars replace an event only by a copy
 * with a higher SEQUENCE, so it goes up by one whenever what a calendar shows as the appointment changes (start, end,
 * venue, room, status) and never goes down, even if a change is undone.
 */
@Entity
@Table(name = "calendar_sequence")
class CalendarSequence implements Persistable<Long> {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId = 0L;

    @Column(nullable = false)
    private int sequence;

    @Column(name = "starts_at", nullable = false)
    private Instant start = Instant.EPOCH;

    @Column(name = "ends_at", nullable = false)
    private Instant end = Instant.EPOCH;

    @Column(name = "venue_id")
    private @Nullable Long venueId;

    @Column(name = "room_id")
    private @Nullable Long roomId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private MeetingStatus status = MeetingStatus.DRAFT;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    /** The id is the meeting's, so Spring Data cannot tell a new row by a missing id. */
    @Transient
    private boolean fresh;

    protected CalendarSequence() {}

    static CalendarSequence first(MeetingDetails meeting, Instant now) {
        var row = new CalendarSequence();
        row.meetingId = meeting.id().value();
        row.sequence = 0;
        row.fresh = true;
        row.remember(meeting, now);
        return row;
    }

    /** Counts a change if the meeting differs from what the sequence was last counted from. */
    void follow(MeetingDetails meeting, Instant now) {
        if (!matches(meeting)) {
            sequence++;
            remember(meeting, now);
        }
    }

    private boolean matches(MeetingDetails meeting) {
        return start.equals(meeting.start())
                && end.equals(meeting.end())
                && Objects.equals(
                        venueId,
                        meeting.venue() == null ? null : meeting.venue().id().value())
                && Objects.equals(roomId, roomOf(meeting))
                && status == meeting.status();
    }

    private void remember(MeetingDetails meeting, Instant now) {
        start = meeting.start();
        end = meeting.end();
        venueId = meeting.venue() == null ? null : meeting.venue().id().value();
        roomId = roomOf(meeting);
        status = meeting.status();
        changedAt = now;
    }

    private static @Nullable Long roomOf(MeetingDetails meeting) {
        return meeting.venue() == null || meeting.venue().room() == null
                ? null
                : meeting.venue().room().value();
    }

    int sequence() {
        return sequence;
    }

    @Override
    public Long getId() {
        return meetingId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostPersist
    @PostLoad
    void stored() {
        fresh = false;
    }
}

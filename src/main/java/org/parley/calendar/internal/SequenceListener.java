package org.parley.calendar.internal;

import org.parley.meeting.MeetingChangedMaterially;
import org.parley.meeting.MeetingStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts a meeting's SEQUENCE the moment its status, time or place changes, synchronously and in the transaction of
 * the change, so the count commits or rolls back with it and is never behind a file written afterwards.
 */
@Component
class SequenceListener {

    private final Sequences sequences;

    SequenceListener(Sequences sequences) {
        this.sequences = sequences;
    }

    @EventListener
    void statusChanged(MeetingStatusChanged change) {
        sequences.count(change.meeting());
    }

    /** A pending meeting whose time or place changes stays pending: no status event, but calendars must hear of it. */
    @EventListener
    void changedMaterially(MeetingChangedMaterially change) {
        sequences.count(change.meeting());
    }
}

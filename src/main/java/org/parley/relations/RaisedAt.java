package org.parley.relations;

import java.time.Instant;
import org.parley.meeting.MeetingId;

/** An agenda item where a question was raised: the meeting and the item's 0-based position and title. */
public record RaisedAt(
        MeetingId meeting, String meetingTitle, Instant meetingStart, int agendaPosition, String agendaTitle) {}

package org.parley.calendar;

/** The iTIP method (RFC 5546) of a calendar file, which tells the receiving calendar what to do with it. */
public enum CalendarMethod {
    /** An invitation to the people in the meeting, who may answer it. */
    REQUEST,
    /** A copy for one's own calendar: nobody is asked to answer. */
    PUBLISH,
    /** The meeting will not take place: calendars that hold it remove it or mark it cancelled. */
    CANCEL
}

package org.parley.meeting.ui;

/** How the calendar shows its period: a month of days, a week of columns, or a month as a list. */
enum CalendarMode {
    MONTH,
    WEEK,
    AGENDA;

    /** Its tab's label, key {@code meeting.calendar.mode.<MODE>}. */
    String key() {
        return "meeting.calendar.mode." + name();
    }
}

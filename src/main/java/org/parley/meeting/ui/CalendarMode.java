package org.parley.meeting.ui;

/** How the calendar shows its period: a month of days, a week of columns, or a month as a list. */
enum CalendarMode {
    MONTH("Month"),
    WEEK("Week"),
    AGENDA("Agenda");

    private final String label;

    CalendarMode(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}

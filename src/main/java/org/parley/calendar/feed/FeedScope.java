package org.parley.calendar.feed;

/** Which meetings a calendar feed holds, before its owner's clearance and its ceiling apply. */
public enum FeedScope {
    MY_MEETINGS("My meetings"),
    EVERYTHING("Everything I may see"),
    COUNTRY("One country"),
    KIND("One kind of meeting"),
    CONFERENCE("One conference and its sideline meetings");

    private final String label;

    FeedScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

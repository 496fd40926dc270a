package org.parley.meeting;

/** How the delegations meet. */
public enum MeetingFormat {
    IN_PERSON("In person"),
    VIRTUAL("Virtual"),
    HYBRID("Hybrid"),
    PHONE("Phone");

    private final String label;

    MeetingFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Calls need no venue or room: their time zone is the host side's. */
    public boolean needsVenue() {
        return this == IN_PERSON || this == HYBRID;
    }
}

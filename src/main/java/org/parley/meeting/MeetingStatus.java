package org.parley.meeting;

/** Where a meeting stands in planning and approval. */
public enum MeetingStatus {
    DRAFT("Draft"),
    PENDING_APPROVAL("Pending approval"),
    APPROVED("Approved"),
    COMPLETED("Completed"),
    REJECTED("Rejected"),
    CANCELLED("Cancelled"),
    POSTPONED("Postponed");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the meeting still occupies its people and room (for conflicts). */
    public boolean occupiesTime() {
        return this != CANCELLED && this != REJECTED && this != POSTPONED;
    }
}

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

    /** Whether planners may still change the meeting; a cancelled or completed one is a record. */
    public boolean editable() {
        return this != CANCELLED && this != COMPLETED;
    }

    /**
     * Whether a material change (time, venue, classification, heads of delegation) sends the meeting back to its
     * approvers: approvals given or under way no longer hold for what changed.
     */
    public boolean needsReapprovalWhenChangedMaterially() {
        return this == APPROVED || this == PENDING_APPROVAL;
    }

    /** Whether the meeting still occupies its people and room (for conflicts). */
    public boolean occupiesTime() {
        return this != CANCELLED && this != REJECTED && this != POSTPONED;
    }
}

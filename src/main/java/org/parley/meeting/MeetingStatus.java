package org.parley.meeting;

import java.util.Locale;
import org.parley.shared.Messages;

/** Where a meeting stands in planning and approval. */
public enum MeetingStatus {
    DRAFT,
    PENDING_APPROVAL,
    APPROVED,
    COMPLETED,
    REJECTED,
    CANCELLED,
    POSTPONED;

    /** Its label in English (logs, the API, calendar files); a reader's language: {@link Messages#label}. */
    public String label() {
        return Messages.label(Locale.ENGLISH, this);
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

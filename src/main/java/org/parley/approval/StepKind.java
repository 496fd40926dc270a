package org.parley.approval;

/**
 * One step on a meeting's approval timeline. {@link #label()} is the English name for logs; screens show
 * {@code Messages.label} (key {@code approval.StepKind.<CONSTANT>}).
 */
public enum StepKind {
    SUBMITTED("Submitted for approval"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    RETURNED("Returned for approval after a change"),
    CANCELLED("Cancelled"),
    POSTPONED("Postponed"),
    REOPENED("Back to planning"),
    COMPLETED("Completed");

    private final String label;

    StepKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

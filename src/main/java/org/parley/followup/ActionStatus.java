package org.parley.followup;

/** Where an action item stands. */
public enum ActionStatus {
    OPEN("Open"),
    DONE("Done"),
    DROPPED("Dropped");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

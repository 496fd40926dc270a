package org.parley.meeting;

/** Who meets; decides the approval policy. */
public enum Tier {
    WORKING_LEVEL("Working level"),
    MINISTERIAL("Ministerial"),
    HEAD_OF_STATE("Head of state or government");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

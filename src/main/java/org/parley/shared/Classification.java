package org.parley.shared;

/**
 * How sensitive a meeting is. Declared from lowest to highest, so {@link #ordinal()} orders them and a user's
 * clearance covers every classification at or below it.
 */
public enum Classification {
    UNCLASSIFIED("Unclassified"),
    RESTRICTED("Restricted"),
    CONFIDENTIAL("Confidential"),
    SECRET("Secret");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean covers(Classification other) {
        return this.compareTo(other) >= 0;
    }
}

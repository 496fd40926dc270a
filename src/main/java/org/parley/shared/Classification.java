package org.parley.shared;

import java.util.Arrays;
import java.util.List;

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

    /** Every classification a user with this clearance may see, lowest first. */
    public List<Classification> andBelow() {
        return Arrays.stream(values()).filter(this::covers).toList();
    }
}

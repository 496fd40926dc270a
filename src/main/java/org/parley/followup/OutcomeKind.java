package org.parley.followup;

/** A decision (what was agreed) or an action item (what someone must do by when). */
public enum OutcomeKind {
    DECISION("Decision"),
    ACTION_ITEM("Action item");

    private final String label;

    OutcomeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.parley.meeting;

/** A person's role within their delegation. */
public enum MemberRole {
    HEAD("Head of delegation"),
    DEPUTY("Deputy head"),
    DELEGATE("Delegate"),
    EXPERT("Expert"),
    INTERPRETER("Interpreter"),
    NOTE_TAKER("Note-taker"),
    LIAISON("Liaison");

    private final String label;

    MemberRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.parley.meeting;

/** A participant's answer to the invitation; the same four states as iCalendar's PARTSTAT. */
public enum ParticipantResponse {
    NEEDS_ACTION("Needs action"),
    ACCEPTED("Accepted"),
    TENTATIVE("Tentative"),
    DECLINED("Declined");

    private final String label;

    ParticipantResponse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

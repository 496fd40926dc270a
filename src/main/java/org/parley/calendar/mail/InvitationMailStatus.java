package org.parley.calendar.mail;

/** Where one e-mail invitation stands. */
public enum InvitationMailStatus {
    /** Written with the change; sent once that change is committed. */
    PENDING("Pending"),
    /** A sender has taken it and is talking to the mail server. */
    SENDING("Sending"),
    SENT("Sent"),
    /** The mail server could not be reached or refused it; tried again later, up to the configured attempts. */
    FAILED("Failed"),
    /** A newer message to the same person replaced it before it went out: it will not be sent. */
    SUPERSEDED("Superseded");

    private final String label;

    InvitationMailStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

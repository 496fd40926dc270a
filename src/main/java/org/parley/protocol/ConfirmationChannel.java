package org.parley.protocol;

/** How the other side's answer came. */
public enum ConfirmationChannel {
    NOTE_VERBALE,
    PHONE,
    EMAIL,
    IN_PERSON
}

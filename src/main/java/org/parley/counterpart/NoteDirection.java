package org.parley.counterpart;

/** Whether we sent the note (numbered by us) or received it (with the sender's reference). */
public enum NoteDirection {
    OUTGOING,
    INCOMING
}

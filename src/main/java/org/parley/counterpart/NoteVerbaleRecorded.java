package org.parley.counterpart;

import org.parley.shared.AuditActions;
import org.parley.shared.AuditableEvent;

/** A note entered the register (docs/0033); the audit log keeps it. */
public record NoteVerbaleRecorded(NoteVerbaleId note, String reference, String subject, String actor)
        implements AuditableEvent {

    @Override
    public String action() {
        return AuditActions.NOTE_VERBALE_RECORDED;
    }

    @Override
    public String target() {
        return "note verbale " + note.value();
    }

    @Override
    public String details() {
        return reference + " \u2014 " + subject;
    }
}

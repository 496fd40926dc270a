package org.parley.readout;

import org.parley.shared.AuditableEvent;

/** A readout released, corrected or withdrawn, for the audit log; the target is "meeting {id}". */
record ReadoutAudited(String actor, String action, String target, String details) implements AuditableEvent {}

package org.parley.security;

import org.parley.shared.AuditableEvent;

/** Something security-relevant happened: a sign-in, a lock, a change to a user. The audit log keeps it. */
record SecurityEvent(String actor, String action, String target, String details) implements AuditableEvent {}

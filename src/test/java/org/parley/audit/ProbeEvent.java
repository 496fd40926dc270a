package org.parley.audit;

import org.parley.shared.AuditableEvent;

/** An event as a feature would publish it, for tests of the log itself. */
record ProbeEvent(String actor, String action, String target, String details) implements AuditableEvent {}

package org.parley.calendar.feed;

import org.parley.shared.AuditableEvent;

/** A feed created, its token rotated, or the feed revoked; never with the token. */
record FeedEvent(String actor, String action, String target, String details) implements AuditableEvent {}

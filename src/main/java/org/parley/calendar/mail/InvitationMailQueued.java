package org.parley.calendar.mail;

/** Published when invitations for a meeting were queued; they are sent once the transaction commits. */
record InvitationMailQueued(long meetingId) {}

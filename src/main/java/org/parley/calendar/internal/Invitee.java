package org.parley.calendar.internal;

/** A person an invite goes to: their name and e-mail address as the directory has them. */
public record Invitee(String name, String email) {}

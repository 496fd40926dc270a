package org.parley.calendar;

/** A person an invite goes to: their name and e-mail address as the directory has them. */
record Invitee(String name, String email) {}

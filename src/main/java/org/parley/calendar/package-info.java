/**
 * The iCalendar core: a meeting as an .ics file (invite, cancellation, a copy for one's own calendar) written with
 * iCal4j, VTIMEZONEs from java.time, octet folding and the stored SEQUENCE (docs/0006-icalendar.md). Its rooms build
 * on it and not on each other: feed (subscriptions), mail (e-mail invitations), importing (.ics in). The rest of
 * Parley uses only InviteService and its records; iCal4j never leaves the calendar packages.
 */
@NullMarked
package org.parley.calendar;

import org.jspecify.annotations.NullMarked;

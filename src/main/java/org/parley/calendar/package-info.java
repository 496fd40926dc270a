/**
 * Meetings as iCalendar files (invites, cancellations, "add to my calendar") and as e-mail invitations (iMIP) sent
 * from an outbox; iCal4j types never leave this package.
 */
@NullMarked
package org.parley.calendar;

import org.jspecify.annotations.NullMarked;

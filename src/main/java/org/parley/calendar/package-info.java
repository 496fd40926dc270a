/** Meetings as iCalendar files (invites, cancellations, "add to my calendar"); iCal4j types never leave this package. */
@NullMarked
package org.parley.calendar;

import org.jspecify.annotations.NullMarked;

/**
 * The iCalendar core's workings, shared by the core and its rooms (feed, mail, importing) and by nothing else:
 * writing files with iCal4j, VTIMEZONEs, octet folding, SEQUENCE, the calendar settings. Spring Modulith keeps it out
 * of reach of other modules (ModulithTest).
 */
@NullMarked
package org.parley.calendar.internal;

import org.jspecify.annotations.NullMarked;

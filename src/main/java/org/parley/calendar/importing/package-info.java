/**
 * Importing an invitation someone sent (.ics) as a draft meeting, read leniently with a zone registry of its
 * own (docs/0010-ics-import.md).
 */
@NullMarked
package org.parley.calendar.importing;

import org.jspecify.annotations.NullMarked;

/**
 * The calendar parts of a meeting's page (download links for its invite, its cancellation and a personal copy, and
 * its e-mail invitations), and the import of an invitation someone sent as an .ics file.
 */
@NullMarked
package org.parley.calendar.ui;

import org.jspecify.annotations.NullMarked;

/**
 * The calendar parts of a meeting's page: download links for its invite, its cancellation and a personal copy, and
 * its e-mail invitations.
 */
@NullMarked
package org.parley.calendar.ui;

import org.jspecify.annotations.NullMarked;

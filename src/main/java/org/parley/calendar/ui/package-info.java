/** The calendar part of a meeting's page: download links for its invite, its cancellation and a personal copy. */
@NullMarked
package org.parley.calendar.ui;

import org.jspecify.annotations.NullMarked;

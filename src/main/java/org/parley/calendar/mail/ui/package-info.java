/**
 * The e-mail section of a meeting's page: what was sent to whom, and sending again.
 */
@NullMarked
package org.parley.calendar.mail.ui;

import org.jspecify.annotations.NullMarked;

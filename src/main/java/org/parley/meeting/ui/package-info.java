/** The Meetings list, the calendar, the meeting page and the meeting editor. */
@NullMarked
package org.parley.meeting.ui;

import org.jspecify.annotations.NullMarked;

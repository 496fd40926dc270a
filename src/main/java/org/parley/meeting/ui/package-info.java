/** The Meetings list, the calendar, the meeting page, and the editor with its scheduling assistant ("Find a time"). */
@NullMarked
package org.parley.meeting.ui;

import org.jspecify.annotations.NullMarked;

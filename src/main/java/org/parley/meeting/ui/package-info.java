/** The Meetings list, the meeting page, and the meeting editor with its scheduling assistant ("Find a time"). */
@NullMarked
package org.parley.meeting.ui;

import org.jspecify.annotations.NullMarked;

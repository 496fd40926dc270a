/**
 * Public readouts of meetings: drafted by planners in one or more languages, released by an approver who did not
 * draft them, corrected or withdrawn in the open; the public page and Atom feed read only what was released.
 */
@NullMarked
package org.parley.readout;

import org.jspecify.annotations.NullMarked;

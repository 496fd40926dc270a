/** The action items list, and the outcomes and chain sections of the meeting page. */
@NullMarked
package org.parley.followup.ui;

import org.jspecify.annotations.NullMarked;

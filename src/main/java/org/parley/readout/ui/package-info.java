/** The readout on the meeting page, and the public Readouts page that needs no sign-in. */
@NullMarked
package org.parley.readout.ui;

import org.jspecify.annotations.NullMarked;

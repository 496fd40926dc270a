/** The administrator's list of protocol ranks. */
@NullMarked
package org.parley.protocol.ui;

import org.jspecify.annotations.NullMarked;

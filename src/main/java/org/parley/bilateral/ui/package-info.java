/** The Bilaterals page of a conference: requests, CSV paste, rooms, the plan as days by rooms. */
@NullMarked
package org.parley.bilateral.ui;

import org.jspecify.annotations.NullMarked;

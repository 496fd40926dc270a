/** The answers section of the meeting page: who answered what, and the participant's own answer. */
@NullMarked
package org.parley.participation.ui;

import org.jspecify.annotations.NullMarked;

/** The register of notes verbales, the dialog recording a note, and the meeting page's counterpart section. */
@NullMarked
package org.parley.counterpart.ui;

import org.jspecify.annotations.NullMarked;

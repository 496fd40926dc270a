/** The meeting page's link to its briefing note. */
@NullMarked
package org.parley.briefing.ui;

import org.jspecify.annotations.NullMarked;

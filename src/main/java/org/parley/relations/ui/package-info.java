/** The country page, the open questions' dialogs, and the open questions on the meeting page. */
@NullMarked
package org.parley.relations.ui;

import org.jspecify.annotations.NullMarked;

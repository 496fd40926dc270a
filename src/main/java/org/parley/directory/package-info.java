/** The directory: people (who take part in meetings) and venues with their rooms. */
@NullMarked
package org.parley.directory;

import org.jspecify.annotations.NullMarked;

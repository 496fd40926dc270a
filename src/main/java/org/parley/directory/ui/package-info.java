/** The People and Venues views. */
@NullMarked
package org.parley.directory.ui;

import org.jspecify.annotations.NullMarked;

/** Views of the dashboard feature. */
@NullMarked
package org.parley.dashboard.ui;

import org.jspecify.annotations.NullMarked;

/** The main layout, error pages and small UI helpers that several features share. */
@NullMarked
package org.parley.shared.ui;

import org.jspecify.annotations.NullMarked;

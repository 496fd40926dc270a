/** The notification bell in the header. */
@NullMarked
package org.parley.notification.ui;

import org.jspecify.annotations.NullMarked;

/** Parley: plan, approve and coordinate diplomatic meetings. Each subpackage is one feature. */
@NullMarked
package org.parley;

import org.jspecify.annotations.NullMarked;

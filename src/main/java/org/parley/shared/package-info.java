/** Small value types used by every feature (classification, time helpers) and the application clock. */
@NullMarked
package org.parley.shared;

import org.jspecify.annotations.NullMarked;

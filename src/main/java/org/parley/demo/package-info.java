/** Demo data for the {@code demo} profile only; kept apart from the domain so production never carries it. */
@NullMarked
package org.parley.demo;

import org.jspecify.annotations.NullMarked;

/**
 * Sideline bilaterals at a conference: the requests, the rooms set aside for them, and a plan made by Timefold Solver
 * that becomes draft sideline meetings when accepted (docs/0027).
 */
@NullMarked
package org.parley.bilateral;

import org.jspecify.annotations.NullMarked;

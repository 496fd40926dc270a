/**
 * Briefing notes: a meeting (a conference with its sideline meetings) printed as a classified PDF for the principal,
 * with protocol order, forms of address, interpretation, agenda and the decisions that led to it (docs/0034).
 */
@NullMarked
package org.parley.briefing;

import org.jspecify.annotations.NullMarked;

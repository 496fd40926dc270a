/**
 * Participants answer invitations (docs/0025) and propose other times (docs/0026): the answers and proposals parts of
 * a meeting's page, and the planner's notices. Answers are kept by the meeting feature, proposals here.
 */
@NullMarked
package org.parley.participation;

import org.jspecify.annotations.NullMarked;

/**
 * Participants answer invitations (docs/0025): the answers part of a meeting's page, and the planner's notices when a
 * head of delegation declines or everybody has answered. Answers are kept by the meeting feature.
 */
@NullMarked
package org.parley.participation;

import org.jspecify.annotations.NullMarked;

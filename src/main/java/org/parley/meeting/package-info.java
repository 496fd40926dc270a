/** Meetings with their delegations, members and agenda; time zones, conflicts and clearance rules. */
@NullMarked
package org.parley.meeting;

import org.jspecify.annotations.NullMarked;

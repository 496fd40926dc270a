/**
 * Calendar subscription feeds: each user's feeds with a secret token, served to calendar programs at
 * /calendar/feeds/<token>.ics through their own security chain (docs/0008-calendar-feeds.md).
 */
@NullMarked
@NamedInterface("feed") // the demo data creates the planner's feed
package org.parley.calendar.feed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

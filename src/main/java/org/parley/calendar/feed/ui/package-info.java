/**
 * The Calendar feeds page (/feeds): create, re-issue and delete one's feeds.
 */
@NullMarked
package org.parley.calendar.feed.ui;

import org.jspecify.annotations.NullMarked;

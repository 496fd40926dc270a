package org.parley.bilateral;

import java.time.LocalDateTime;

/** A stretch of wall-clock time at the conference's venue, such as a time the counterpart is elsewhere. */
public record LocalSpan(LocalDateTime start, LocalDateTime end) {

    boolean isOrdered() {
        return end.isAfter(start);
    }
}

package org.parley.bilateral;

import java.time.Instant;

/**
 * One appointment of our principal during the conference: a session of the conference's programme, another engagement
 * of theirs (shown without its title, which the viewer may not be cleared for), or a bilateral the plan placed.
 *
 * @param title the session's title or the bilateral's counterpart; empty for another engagement
 */
public record ProgrammeItem(String principal, Instant start, Instant end, Kind kind, String title) {

    /** What the appointment is. */
    public enum Kind {
        SESSION,
        ENGAGEMENT,
        BILATERAL
    }
}

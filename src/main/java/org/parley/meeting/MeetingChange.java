package org.parley.meeting;

import java.time.Instant;
import java.util.List;

/**
 * One change in a meeting's history: to the meeting itself, one delegation, one member or one agenda item. Changes
 * saved together share their {@code revision}, time and user.
 *
 * @param what what changed, as people say it ("Agenda item removed: Sanctions")
 * @param changes the fields that changed, in the entity's order; empty when the change is withheld
 */
public record MeetingChange(long revision, Instant at, String username, String what, List<FieldChange> changes) {

    public MeetingChange {
        changes = List.copyOf(changes);
    }
}

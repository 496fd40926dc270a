package org.parley.followup;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the action items list asks for; everything optional and applied in the database.
 *
 * @param owner text matched against the owner's name or username
 * @param assignedToMe only items the caller owns: as a Parley user, or as the directory person their account is
 *     linked to (docs/0025)
 */
public record ActionFilter(
        @Nullable String owner,
        @Nullable ActionStatus status,
        @Nullable LocalDate dueFrom,
        @Nullable LocalDate dueTo,
        boolean assignedToMe) {

    public ActionFilter(
            @Nullable String owner,
            @Nullable ActionStatus status,
            @Nullable LocalDate dueFrom,
            @Nullable LocalDate dueTo) {
        this(owner, status, dueFrom, dueTo, false);
    }

    public static ActionFilter open() {
        return new ActionFilter(null, ActionStatus.OPEN, null, null);
    }
}

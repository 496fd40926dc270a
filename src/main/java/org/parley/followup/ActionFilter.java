package org.parley.followup;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the action items list asks for; everything optional and applied in the database.
 *
 * @param owner text matched against the owner's name or username
 */
public record ActionFilter(@Nullable String owner, @Nullable ActionStatus status, @Nullable LocalDate dueFrom,
        @Nullable LocalDate dueTo) {

    public static ActionFilter open() {
        return new ActionFilter(null, ActionStatus.OPEN, null, null);
    }
}

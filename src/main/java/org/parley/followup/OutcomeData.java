package org.parley.followup;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.shared.PlainText;
import org.parley.shared.WithinCalendarYears;

/**
 * A decision or action item as the planner records it after a meeting.
 *
 * @param agendaPosition the agenda item it belongs to (0-based), if any
 * @param ownerPerson who must act, from the directory; or
 * @param ownerUser a Parley user who must act
 */
public record OutcomeData(
        @NotNull(message = "{followup.outcome.kindRequired}")
        OutcomeKind kind,

        @NotBlank(message = "{followup.outcome.textRequired}")
        @Size(max = TEXT_MAX_LENGTH, message = "{followup.outcome.textTooLong}")
        @PlainText(multiline = true)
        String text,

        @Nullable Integer agendaPosition,
        @Nullable PersonId ownerPerson,
        @Nullable @Size(max = 64) @PlainText String ownerUser,
        @Nullable @WithinCalendarYears LocalDate due) {

    public static final int TEXT_MAX_LENGTH = 2000;

    @AssertTrue(message = "{followup.outcome.ownerAndDueRequired}")
    public boolean isActionItemComplete() {
        return kind != OutcomeKind.ACTION_ITEM
                || ((ownerPerson != null || (ownerUser != null && !ownerUser.isBlank())) && due != null);
    }
}

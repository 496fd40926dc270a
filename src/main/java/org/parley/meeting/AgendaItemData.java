package org.parley.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.shared.CountryCode;
import org.parley.shared.PlainText;

/**
 * One agenda item as the planner enters it; its place in the list is its order. What came of it is recorded as a
 * decision or action item of the meeting (the followup feature), not here.
 */
public record AgendaItemData(
        @NotBlank(message = "{meeting.data.agendaTitleRequired}")
        @Size(max = TITLE_MAX_LENGTH, message = "{meeting.data.agendaTitleLength}")
        @PlainText
        String title,

        @Size(max = DESCRIPTION_MAX_LENGTH, message = "{meeting.data.descriptionLength}") @PlainText(multiline = true)
        String description,

        @Nullable CountryCode leadDelegation,
        @Nullable PersonId leadPerson,

        @Min(value = 0, message = "{meeting.data.minutesNotNegative}")
        @Max(value = 24 * 60, message = "{meeting.data.minutesAtMostADay}")
        int plannedMinutes) {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 4000;

    public AgendaItemData(String title, String description, int plannedMinutes) {
        this(title, description, null, null, plannedMinutes);
    }
}

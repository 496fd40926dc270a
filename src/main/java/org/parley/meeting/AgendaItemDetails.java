package org.parley.meeting;

import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.shared.CountryCode;

/** An agenda item as stored, in order. */
public record AgendaItemDetails(
        long id,
        int position,
        String title,
        String description,
        @Nullable CountryCode leadDelegation,
        @Nullable PersonId leadPerson,
        @Nullable String leadPersonName,
        int plannedMinutes) {

    public AgendaItemData toData() {
        return new AgendaItemData(title, description, leadDelegation, leadPerson, plannedMinutes);
    }
}

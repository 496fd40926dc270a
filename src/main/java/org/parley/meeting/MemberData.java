package org.parley.meeting;

import jakarta.validation.constraints.NotNull;
import org.parley.directory.PersonId;

/** One person in a delegation, as the planner enters it. */
public record MemberData(
        @NotNull(message = "{meeting.data.personRequired}") PersonId person,
        @NotNull(message = "{meeting.data.roleRequired}") MemberRole role,
        @NotNull ParticipantResponse response) {

    public MemberData(PersonId person, MemberRole role) {
        this(person, role, ParticipantResponse.NEEDS_ACTION);
    }
}

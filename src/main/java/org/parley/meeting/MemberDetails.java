package org.parley.meeting;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.protocol.FormOfAddress;
import org.parley.protocol.Rank;
import org.parley.shared.Messages;

/**
 * A delegation member with the directory details the meeting page shows.
 *
 * @param originalName the name in its original script, when the directory has it
 * @param rank the person's protocol rank, when the directory has it
 * @param formOfAddress how protocol addresses the person, when the directory has it
 * @param responseComment what the participant wrote with their answer
 * @param respondedAt when the participant answered themselves (not set when the planner entered the answer)
 * @param answeredThrough how the answer came; null while there is none
 */
public record MemberDetails(
        PersonId person,
        String name,
        @Nullable String title,
        @Nullable String organisation,
        @Nullable String email,
        ZoneId homeZone,
        LocalTime workdayStart,
        LocalTime workdayEnd,
        MemberRole role,
        ParticipantResponse response,
        @Nullable String originalName,
        @Nullable Rank rank,
        @Nullable FormOfAddress formOfAddress,
        @Nullable String responseComment,
        @Nullable Instant respondedAt,
        @Nullable AnswerSource answeredThrough) {

    public MemberDetails(
            PersonId person,
            String name,
            @Nullable String title,
            @Nullable String organisation,
            @Nullable String email,
            ZoneId homeZone,
            LocalTime workdayStart,
            LocalTime workdayEnd,
            MemberRole role,
            ParticipantResponse response,
            @Nullable String originalName) {
        this(
                person,
                name,
                title,
                organisation,
                email,
                homeZone,
                workdayStart,
                workdayEnd,
                role,
                response,
                originalName,
                null,
                null,
                null,
                null,
                null);
    }

    /** The name as protocol writes it, with the form of address before it ("His Excellency Sergey Lavrov"). */
    public String addressedName(Locale locale) {
        return formOfAddress == null
                ? name
                : Messages.get(locale, "protocol.addressed", Messages.label(locale, formOfAddress), name);
    }
}

package org.parley.meeting;

import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;

/**
 * A delegation member with the directory details the meeting page shows.
 *
 * @param originalName the name in its original script, when the directory has it
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
        @Nullable String originalName) {}

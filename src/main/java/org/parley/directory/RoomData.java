package org.parley.directory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A room as entered. */
public record RoomData(
        @NotBlank(message = "{directory.room.nameRequired}")
        @Size(max = NAME_MAX_LENGTH, message = "{directory.room.nameTooLong}")
        String name,

        @Min(value = 0, message = "{directory.venue.capacityNegative}")
        @Max(value = 100_000, message = "{directory.room.capacityTooLarge}")
        int capacity) {

    public static final int NAME_MAX_LENGTH = 120;
}

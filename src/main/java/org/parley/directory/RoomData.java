package org.parley.directory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A room as entered; simultaneous interpretation needs one with interpretation booths (docs/0024). */
public record RoomData(
        @NotBlank(message = "{directory.room.nameRequired}")
        @Size(max = NAME_MAX_LENGTH, message = "{directory.room.nameTooLong}")
        String name,

        @Min(value = 0, message = "{directory.venue.capacityNegative}")
        @Max(value = 100_000, message = "{directory.room.capacityTooLarge}")
        int capacity,

        boolean interpretationBooths) {

    public static final int NAME_MAX_LENGTH = 120;

    /** A room without interpretation booths. */
    public RoomData(String name, int capacity) {
        this(name, capacity, false);
    }
}

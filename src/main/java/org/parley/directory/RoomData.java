package org.parley.directory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A room as entered; simultaneous interpretation needs one with interpretation booths (docs/0024). */
public record RoomData(
        @NotBlank(message = "Enter the room's name")
        @Size(max = NAME_MAX_LENGTH, message = "A room name has at most " + NAME_MAX_LENGTH + " characters")
        String name,

        @Min(value = 0, message = "Capacity cannot be negative")
        @Max(value = 100_000, message = "That is more than any room holds")
        int capacity,

        boolean interpretationBooths) {

    public static final int NAME_MAX_LENGTH = 120;

    /** A room without interpretation booths. */
    public RoomData(String name, int capacity) {
        this(name, capacity, false);
    }
}

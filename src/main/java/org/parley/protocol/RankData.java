package org.parley.protocol;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.parley.shared.PlainText;

/** A rank as the administrator enters it. */
public record RankData(
        @NotBlank(message = "Enter the rank's name")
        @Size(max = NAME_MAX_LENGTH, message = "A rank's name has at most " + NAME_MAX_LENGTH + " characters")
        @PlainText
        String name,

        @Min(value = 1, message = "Precedence runs from 1 (highest) to " + PRECEDENCE_MAX)
        @Max(value = PRECEDENCE_MAX, message = "Precedence runs from 1 (highest) to " + PRECEDENCE_MAX)
        int precedence) {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int PRECEDENCE_MAX = 999;
}

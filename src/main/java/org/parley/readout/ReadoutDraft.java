package org.parley.readout;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A readout as the planner drafts it: its text in each language it is published in, each language once. */
public record ReadoutDraft(@NotEmpty @Size(max = 10) List<@Valid ReadoutTextData> texts) {

    @AssertTrue(message = "Each language once")
    public boolean isEachLanguageOnce() {
        return texts == null
                || texts.stream().map(ReadoutTextData::language).distinct().count() == texts.size();
    }
}

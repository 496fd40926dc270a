package org.parley.readout;

import org.jspecify.annotations.Nullable;

/**
 * A readout's text in one language.
 *
 * @param language an ISO 639 language code ({@code en}, {@code ru})
 * @param draft what the planners last drafted
 * @param released what the public reads; null until this language is first released
 */
public record ReadoutText(
        String language, String draft, @Nullable String released) {

    public boolean changedSinceRelease() {
        return !draft.equals(released);
    }
}

package org.parley.shared;

import java.util.Locale;

/** A principal that has chosen the language Parley speaks to it, so shared UI can apply it without knowing features. */
public interface HasLanguage {
    Locale language();
}

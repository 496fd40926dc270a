package org.parley.shared;

/** A principal or person that has a human-readable name, so shared UI can greet the user without knowing features. */
public interface HasDisplayName {
    String displayName();
}

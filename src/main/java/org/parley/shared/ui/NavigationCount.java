package org.parley.shared.ui;

/**
 * A number shown next to a navigation entry (what waits in the approvals inbox), provided by a feature as a Spring
 * bean so the shared layout needs to know none of them.
 */
public interface NavigationCount {

    /** The route of the navigation entry, as in {@code @Route} ("approvals"). */
    String path();

    /** The number for the signed-in user; 0 hides the badge. */
    long count();
}

package org.parley.shared;

import java.util.Locale;

/** Turns what a user typed into a case-insensitive "contains" pattern for SQL LIKE, with its wildcards escaped. */
public final class SearchText {

    private SearchText() {}

    /**
     * "50% off_x" becomes "%50\% off\_x%"; both H2 and PostgreSQL take the backslash as LIKE's escape. Control
     * characters are dropped: no title holds one, and PostgreSQL refuses NUL in a parameter.
     */
    public static String containsPattern(String text) {
        String escaped = text.replaceAll("\\p{Cntrl}", "").trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}

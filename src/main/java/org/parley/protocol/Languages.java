package org.parley.protocol;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Working languages as ISO 639-1 codes, which every list and page names in the reader's language. */
public final class Languages {

    private static final Set<String> KNOWN = Set.of(Locale.getISOLanguages());

    private Languages() {}

    /** Whether {@code code} is a two-letter ISO 639-1 code, in lower case. */
    public static boolean known(String code) {
        return KNOWN.contains(code);
    }

    /** The codes in a list as entered ("ru, EN"), trimmed and lower-cased, without repeats; blanks dropped. */
    public static List<String> split(@Nullable String languages) {
        if (languages == null || languages.isBlank()) {
            return List.of();
        }
        return Arrays.stream(languages.split(","))
                .map(code -> code.trim().toLowerCase(Locale.ROOT))
                .filter(code -> !code.isEmpty())
                .distinct()
                .toList();
    }

    /** The language's name in the reader's language ("Russian", «русский»), or the code when Java has no name. */
    public static String name(String code, Locale reader) {
        String name = Locale.of(code).getDisplayLanguage(reader);
        return name.isBlank() || name.equals(code) ? code : name;
    }
}

package org.parley.shared;

import java.util.Locale;

/** File sizes as people say them: "512 bytes", "12 KB", "1.5 MB". The one formatter for every size shown. */
public final class FileSizes {

    private FileSizes() {}

    public static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)).replace(".0 MB", " MB");
    }
}

package org.parley.calendar.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes unfolded iCalendar content lines as the bytes of a file: UTF-8 without a byte order mark, CRLF after every
 * line, and each line folded so that no physical line is longer than 75 octets (RFC 5545 §3.1). iCal4j folds by
 * characters, which lets Cyrillic or Devanagari lines run to twice or three times that; here the limit is counted in
 * octets and a fold never falls inside a UTF-8 sequence, so never inside a character or a surrogate pair.
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] FOLD = {'\r', '\n', ' '};

    private ContentLines() {}

    /**
     * @param unfolded content lines, each ended by CRLF, with no line break inside a line (TEXT values carry their
     *        line breaks escaped as {@code \n})
     */
    static byte[] fold(String unfolded) {
        if (!unfolded.isEmpty() && !unfolded.endsWith("\r\n")) {
            throw new IllegalArgumentException("content lines must end with CRLF");
        }
        var out = new ByteArrayOutputStream(unfolded.length() + unfolded.length() / 16);
        int from = 0;
        while (from < unfolded.length()) {
            int end = unfolded.indexOf("\r\n", from);
            writeFolded(unfolded.substring(from, end), out);
            from = end + 2;
        }
        return out.toByteArray();
    }

    private static void writeFolded(String line, ByteArrayOutputStream out) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\r' || c == '\n') {
                throw new IllegalArgumentException("a line break inside a content line: " + abbreviated(line));
            }
            if (Character.isHighSurrogate(c) && i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                // the UTF-8 encoder would silently write '?' for half a character
                throw new IllegalArgumentException("a lone surrogate inside a content line: " + abbreviated(line));
            }
        }
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int room = MAX_OCTETS;
        while (bytes.length - start > room) {
            int cut = start + room;
            // step back to the first octet of a UTF-8 sequence: continuation octets look like 10xxxxxx
            while ((bytes[cut] & 0xC0) == 0x80) {
                cut--;
            }
            out.write(bytes, start, cut - start);
            out.writeBytes(FOLD);
            start = cut;
            room = MAX_OCTETS - 1; // the leading space of a continuation line counts
        }
        out.write(bytes, start, bytes.length - start);
        out.writeBytes(CRLF);
    }

    private static String abbreviated(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "\u2026";
    }
}

package org.parley.calendar;

import java.util.Arrays;

/**
 * One {@code .ics} file: UTF-8 without a byte order mark, CRLF line ends, lines folded at 75 octets. The content is
 * copied in and out, so a caller cannot change a file another caller holds.
 */
public record CalendarFile(String fileName, CalendarMethod method, byte[] content) {

    public CalendarFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    /** The media type with the method, as RFC 6047 asks for e-mail and calendar clients use for downloads too. */
    public String contentType() {
        return "text/calendar; charset=UTF-8; method=" + method.name();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CalendarFile file
                && fileName.equals(file.fileName)
                && method == file.method
                && Arrays.equals(content, file.content);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * fileName.hashCode() + method.hashCode()) + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "CalendarFile[" + fileName + ", " + method + ", " + content.length + " bytes]";
    }
}

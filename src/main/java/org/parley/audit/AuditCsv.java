package org.parley.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes audit entries as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line breaks
 * quoted, quotes doubled). Cells that a spreadsheet would read as a formula get a leading apostrophe (OWASP's advice
 * against CSV injection), because targets and details can carry text that users typed.
 */
final class AuditCsv {

    static final String HEADER = "id,occurred_at_utc,actor,action,target,details,hash";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditCsv() {}

    static void header(Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
    }

    static void row(Writer out, AuditEntrySummary entry) throws IOException {
        out.write(Long.toString(entry.id()));
        out.write(',');
        out.write(TIME.format(entry.occurredAt()));
        for (String text :
                new String[] {entry.actor(), entry.action(), entry.target(), entry.details(), entry.hash()}) {
            out.write(',');
            out.write(cell(text));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote =
                safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}

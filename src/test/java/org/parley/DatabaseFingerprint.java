package org.parley;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the database holds, in numbers that any saved change moves: for tests that must change nothing. */
public final class DatabaseFingerprint {

    private static final List<String> TABLES = List.of(
            "meeting",
            "delegation",
            "delegation_member",
            "agenda_item",
            "approval_step",
            "meeting_aud",
            "audit_entry",
            "notification",
            "invitation_mail",
            "calendar_sequence",
            "person",
            "venue");

    private DatabaseFingerprint() {}

    public static Map<String, Long> of(JdbcTemplate jdbc) {
        Map<String, Long> numbers = new LinkedHashMap<>();
        for (String table : TABLES) {
            numbers.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        numbers.put(
                "meeting versions", jdbc.queryForObject("select coalesce(sum(version), 0) from meeting", Long.class));
        numbers.put(
                "sequences",
                jdbc.queryForObject("select coalesce(sum(sequence), 0) from calendar_sequence", Long.class));
        return numbers;
    }
}

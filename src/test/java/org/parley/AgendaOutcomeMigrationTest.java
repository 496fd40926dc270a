package org.parley;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V20 keeps what came of agenda items, written into the items before, as decisions of their meeting: one way of
 * recording outcomes from then on. Runs the migrations on a database of its own.
 */
class AgendaOutcomeMigrationTest {

    private final SingleConnectionDataSource dataSource =
            new SingleConnectionDataSource("jdbc:h2:mem:outcome-migration-" + System.nanoTime(), "sa", "", true);
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    @AfterEach
    void dropTheDatabase() {
        dataSource.destroy();
    }

    @Test
    void outcomes_written_into_agenda_items_become_decisions_of_the_meeting() {
        migrate(lastBefore("20"));
        jdbc.update("""
                insert into meeting (id, title, kind, tier, format, starts_at, ends_at, time_zone, classification,
                                     objectives, status, version, created_by, created_at, updated_by, updated_at)
                values (11, 'Old call', 'PHONE_CALL', 'MINISTERIAL', 'PHONE', timestamp with time zone
                        '2025-02-12 10:00:00+00', timestamp with time zone '2025-02-12 11:00:00+00', 'Europe/Moscow',
                        'RESTRICTED', '', 'COMPLETED', 3, 'planner', current_timestamp, 'planner2',
                        timestamp with time zone '2025-02-13 09:00:00+00')""");
        jdbc.update("""
                insert into agenda_item (id, meeting_id, position, title, description, planned_minutes, outcome)
                values (41, 11, 0, 'Channels', '', 30, '  Channels stay open  '),
                       (42, 11, 1, 'Missions', '', 30, null),
                       (43, 11, 2, 'Visas', '', 30, '   ')""");

        migrate("20");

        assertThat(jdbc.queryForList("select * from meeting_outcome"))
                .singleElement()
                .satisfies(decision -> {
                    Map<String, Object> row = decision;
                    assertThat(row)
                            .containsEntry("MEETING_ID", 11L)
                            .containsEntry("KIND", "DECISION")
                            .containsEntry("TEXT", "Channels stay open")
                            .containsEntry("AGENDA_POSITION", 0)
                            .containsEntry("MEETING_TITLE", "Old call")
                            .containsEntry("MEETING_CLASSIFICATION", "RESTRICTED")
                            .containsEntry("RECORDED_BY", "planner2");
                });
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.columns where lower(table_name) in "
                                + "('agenda_item', 'agenda_item_aud') and lower(column_name) = 'outcome'",
                        Long.class))
                .isZero();
    }

    /** The newest migration before the one under test, whichever other migrations have been added since. */
    private String lastBefore(String version) {
        var under = org.flywaydb.core.api.MigrationVersion.fromVersion(version);
        return java.util.Arrays.stream(Flyway.configure()
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .load()
                        .info()
                        .all())
                .map(org.flywaydb.core.api.MigrationInfo::getVersion)
                .filter(v -> v.compareTo(under) < 0)
                .max(java.util.Comparator.naturalOrder())
                .orElseThrow()
                .getVersion();
    }

    private void migrate(String target) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
    }
}

package org.parley;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V5 gives meetings that existed before their history was kept one starting revision with their state at the time,
 * so their first later change has something to compare with. Runs the migrations on a database of its own.
 */
class MeetingHistoryMigrationTest {

    // one connection throughout, as the application's pool keeps its own open: H2 ties a check constraint to the
    // session that created it, and fails the check once that session is closed
    private final SingleConnectionDataSource dataSource =
            new SingleConnectionDataSource("jdbc:h2:mem:history-migration-" + System.nanoTime(), "sa", "", true);
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    @AfterEach
    void dropTheDatabase() {
        dataSource.destroy();
    }

    @Test
    void meetings_saved_before_the_history_existed_get_a_starting_revision_with_their_state() {
        migrate("4");
        jdbc.update("""
                insert into person (id, full_name, search_name, country, home_zone, workday_start, workday_end, active,
                                    version, created_by, created_at, updated_by, updated_at)
                values (7, 'Sergey Lavrov', 'sergey lavrov', 'RU', 'Europe/Moscow', time '09:00:00', time '18:00:00',
                        true, 0, 'planner', current_timestamp, 'planner', current_timestamp)""");
        jdbc.update("""
                insert into meeting (id, title, kind, tier, format, starts_at, ends_at, time_zone, classification,
                                     objectives, status, version, created_by, created_at, updated_by, updated_at)
                values (11, 'Old call', 'PHONE_CALL', 'MINISTERIAL', 'PHONE', timestamp with time zone
                        '2025-02-12 10:00:00+00', timestamp with time zone '2025-02-12 11:00:00+00', 'Europe/Moscow',
                        'RESTRICTED', '', 'APPROVED', 3, 'planner', current_timestamp, 'planner', current_timestamp)""");
        jdbc.update("insert into delegation (id, meeting_id, position, country, ours) values (21, 11, 0, 'RU', true)");
        jdbc.update("""
                insert into delegation_member (id, delegation_id, meeting_id, person_id, position, role, response)
                values (31, 21, 11, 7, 0, 'HEAD', 'ACCEPTED')""");
        jdbc.update("""
                insert into agenda_item (id, meeting_id, position, title, description, planned_minutes)
                values (41, 11, 0, 'Ukraine', '', 30)""");

        migrate("5");

        Map<String, Object> revision = jdbc.queryForMap("select id, username from meeting_revision");
        assertThat(revision.get("username")).isEqualTo("history-started");
        Object rev = revision.get("id");
        assertThat(jdbc.queryForMap(
                        "select rev, revtype, title, status, classification from meeting_aud where id = 11"))
                .containsEntry("rev", rev)
                .containsEntry("revtype", 0)
                .containsEntry("title", "Old call")
                .containsEntry("status", "APPROVED")
                .containsEntry("classification", "RESTRICTED");
        assertThat(jdbc.queryForObject(
                        "select country from delegation_aud where id = 21 and rev = ?", String.class, rev))
                .isEqualTo("RU");
        assertThat(jdbc.queryForObject(
                        "select role from delegation_member_aud where id = 31 and rev = ?", String.class, rev))
                .isEqualTo("HEAD");
        assertThat(jdbc.queryForObject(
                        "select title from agenda_item_aud where id = 41 and rev = ?", String.class, rev))
                .isEqualTo("Ukraine");
    }

    @Test
    void an_empty_database_gets_no_starting_revision() {
        migrate("5");

        assertThat(jdbc.queryForObject("select count(*) from meeting_revision", Long.class))
                .isZero();
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

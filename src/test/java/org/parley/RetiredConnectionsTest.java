package org.parley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.approval.ApprovalService;
import org.parley.calendar.mail.MailServerTest;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema's CHECK constraints keep working after the connection pool has retired every connection it had,
 * including the one that ran the migrations. H2 2.4.240 tied a CHECK's IN list to the session that created it, so
 * every save failed once the pool retired that session, about 30 minutes after start (docs/0012-embedded-database.md).
 * The tables and constraints come from the schema's metadata, so a new CHECK constraint is covered without editing
 * this test; the scenario below only has to leave a row in its table.
 */
@ParleyTest
class RetiredConnectionsTest extends MailServerTest {

    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    DataSource dataSource;

    @Autowired
    MeetingService meetings;

    @Autowired
    ApprovalService approvals;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers users;

    /**
     * An approved, e-mailed call leaves a row in every table that has a CHECK constraint, and a bilateral request with
     * every window filled (a CHECK over two columns holds when either is null) and a walking time between two venues.
     */
    @BeforeEach
    void aRowInEveryCheckedTable() {
        MeetingId call = approvedCall(Classification.UNCLASSIFIED);
        aBilateralRequestWithEveryWindowOn(call);
    }

    /** Written as rows: the constraints are the database's, whatever the bilateral service would accept. */
    private void aBilateralRequestWithEveryWindowOn(MeetingId meeting) {
        var jdbc = new JdbcTemplate(dataSource);
        List<Long> people = jdbc.queryForList(
                "select person_id from delegation_member where meeting_id = ? order by person_id",
                Long.class,
                meeting.value());
        var day = java.time.OffsetDateTime.of(2041, 3, 1, 9, 0, 0, 0, java.time.ZoneOffset.UTC);
        jdbc.update(
                "insert into bilateral_request (conference_id, counterpart_country, counterpart_principal_id,"
                        + " our_principal_id, requested_by, priority, duration_minutes, party_size, earliest, latest,"
                        + " preferred_from, preferred_to, notes, status, pinned, version)"
                        + " values (?, 'CH', ?, ?, 'THEM', 'MUST', 30, 8, ?, ?, ?, ?, '', 'REQUESTED', false, 0)",
                meeting.value(),
                people.getLast(),
                people.getFirst(),
                day,
                day.plusHours(8),
                day.plusHours(1),
                day.plusHours(3));
        Long request = jdbc.queryForObject("select max(id) from bilateral_request", Long.class);
        jdbc.update(
                "insert into bilateral_unavailability (request_id, position, starts_at, ends_at) values (?, 0, ?, ?)",
                request,
                day.plusHours(4),
                day.plusHours(5));
        int n = counter.incrementAndGet();
        long first = directory.venue("Retired pool hall " + n, GENEVA).id().value();
        long second = directory.venue("Retired pool annex " + n, GENEVA).id().value();
        jdbc.update(
                "insert into venue_walking_time (venue_a_id, venue_b_id, minutes) values (?, ?, 10)",
                Math.min(first, second),
                Math.max(first, second));
    }

    @Test
    void every_table_with_a_check_constraint_takes_writes_after_the_pool_retired_every_connection() throws Exception {
        Map<String, CheckedTable> tables = checkedTables();
        assertThat(tables.keySet())
                .as("tables with CHECK constraints in the schema")
                .map(name -> name.toLowerCase(Locale.ROOT))
                .contains("meeting", "app_user", "invitation_mail");

        retireEveryPooledConnection();

        for (CheckedTable table : tables.values()) {
            assertThat(rewriteCheckedColumnsOfOneRow(table))
                    .as(
                            "rows written in %s (CHECK %s) after the pool retired its connections",
                            table.name(), table.constraints().keySet())
                    .isEqualTo(1);
        }
        // and what a planner saw fail: saving a meeting
        assertThat(approvedCall(Classification.RESTRICTED)).isNotNull();
    }

    @Test
    void every_check_constraint_still_refuses_a_value_that_breaks_it_after_the_pool_retired_every_connection()
            throws Exception {
        Map<String, CheckedTable> tables = checkedTables();

        retireEveryPooledConnection();

        for (CheckedTable table : tables.values()) {
            for (var constraint : table.constraints().entrySet()) {
                assertThat(breakingValueRefused(table, constraint.getKey(), constraint.getValue()))
                        .as(
                                "a value breaking CHECK %s on %s (%s) is refused as a check violation",
                                constraint.getKey(), table.name(), constraint.getValue())
                        .isNotEmpty();
            }
        }
    }

    // --- the schema's CHECK constraints ------------------------------------------------------------------------------

    /** A table, its primary key, and its CHECK constraints with the columns each one reads. */
    private record CheckedTable(String name, List<String> primaryKey, Map<String, List<Column>> constraints) {}

    private record Column(String name, int jdbcType) {}

    /**
     * Every CHECK constraint of the current schema, by table. Standard INFORMATION_SCHEMA views, which H2 and
     * PostgreSQL both have; PostgreSQL also lists its NOT NULL constraints there as CHECKs, which are left out.
     */
    private Map<String, CheckedTable> checkedTables() throws SQLException {
        var jdbc = new JdbcTemplate(dataSource);
        var usage = jdbc.queryForList("""
                select tc.table_name, tc.constraint_name, ccu.column_name
                  from information_schema.table_constraints tc
                  join information_schema.check_constraints cc
                    on cc.constraint_schema = tc.constraint_schema and cc.constraint_name = tc.constraint_name
                  join information_schema.constraint_column_usage ccu
                    on ccu.constraint_schema = tc.constraint_schema and ccu.constraint_name = tc.constraint_name
                 where tc.constraint_type = 'CHECK'
                   and tc.table_schema = current_schema
                   and upper(cc.check_clause) not like '% IS NOT NULL'
                 order by tc.table_name, tc.constraint_name, ccu.column_name
                """);
        Map<String, CheckedTable> tables = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String schema = connection.getSchema();
            for (var row : usage) {
                String table = (String) row.get("table_name");
                CheckedTable checked = tables.computeIfAbsent(
                        table, t -> new CheckedTable(t, primaryKey(metaData, schema, t), new LinkedHashMap<>()));
                String column = (String) row.get("column_name");
                checked.constraints()
                        .computeIfAbsent((String) row.get("constraint_name"), c -> new ArrayList<>())
                        .add(new Column(column, columnType(metaData, schema, table, column)));
            }
        }
        return tables;
    }

    private static List<String> primaryKey(DatabaseMetaData metaData, String schema, String table) {
        var columns = new ArrayList<String>();
        try (var keys = metaData.getPrimaryKeys(null, schema, table)) {
            while (keys.next()) {
                columns.add(keys.getString("COLUMN_NAME"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(columns).as("primary key of %s", table).isNotEmpty();
        return columns;
    }

    private static int columnType(DatabaseMetaData metaData, String schema, String table, String column)
            throws SQLException {
        try (var columns = metaData.getColumns(null, schema, table, column)) {
            assertThat(columns.next()).as("column %s.%s", table, column).isTrue();
            return columns.getInt("DATA_TYPE");
        }
    }

    // --- writes ----------------------------------------------------------------------------------------------------

    /**
     * Writes every column a CHECK reads back with its own value, in one row: a real write that the database checks
     * against every constraint of the table. Returns the number of rows written.
     */
    private int rewriteCheckedColumnsOfOneRow(CheckedTable table) {
        Set<String> columns = new LinkedHashSet<>();
        table.constraints().values().forEach(cs -> cs.forEach(c -> columns.add(c.name())));
        List<Object> key = oneRowKey(table);
        String set = String.join(", ", columns.stream().map(c -> c + " = " + c).toList());
        return new JdbcTemplate(dataSource)
                .update("update " + table.name() + " set " + set + where(table), key.toArray());
    }

    /**
     * Tries values that break the constraint, each in a transaction that is rolled back, and returns the database's
     * message for the first one refused as a violation of this constraint; empty if none was.
     */
    private String breakingValueRefused(CheckedTable table, String constraint, List<Column> columns)
            throws SQLException {
        List<Object> key = oneRowKey(table);
        String checkViolated = checkViolationState();
        for (Column column : columns) {
            for (String value : breakingCandidates(column, columns)) {
                try (Connection connection = dataSource.getConnection()) {
                    connection.setAutoCommit(false);
                    try (var update = connection.prepareStatement(
                            "update " + table.name() + " set " + column.name() + " = " + value + where(table))) {
                        for (int i = 0; i < key.size(); i++) {
                            update.setObject(i + 1, key.get(i));
                        }
                        update.executeUpdate();
                    } catch (SQLException refused) {
                        if (checkViolated.equals(refused.getSQLState())
                                && refused.getMessage()
                                        .toUpperCase(Locale.ROOT)
                                        .contains(constraint.toUpperCase(Locale.ROOT))) {
                            return refused.getMessage();
                        }
                    } finally {
                        connection.rollback();
                    }
                }
            }
        }
        return "";
    }

    /**
     * The SQLSTATE of a row that breaks a CHECK: PostgreSQL answers the standard 23514; H2 answers 23513 and uses
     * 23514 for "Check constraint invalid", the failure this test is about.
     */
    private String checkViolationState() {
        return "H2".equals(databaseProduct()) ? "23513" : "23514";
    }

    private String databaseProduct() {
        return new JdbcTemplate(dataSource)
                .execute((Connection c) -> c.getMetaData().getDatabaseProductName());
    }

    /** SQL values likely to break a CHECK on the column: odd literals of its type, or another checked column. */
    private static List<String> breakingCandidates(Column column, List<Column> constraintColumns) {
        var candidates = new ArrayList<String>();
        switch (column.jdbcType()) {
            case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGVARCHAR ->
                candidates.addAll(List.of("'NOT-A-VALUE'", "''"));
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.NUMERIC, Types.DECIMAL ->
                candidates.addAll(List.of("-1", "2", "0"));
            case Types.BOOLEAN, Types.BIT -> candidates.add("not " + column.name());
            default -> {}
        }
        // e.g. ends_at > starts_at: the end set to the start
        constraintColumns.stream()
                .filter(other -> !other.name().equals(column.name()))
                .forEach(other -> candidates.add(other.name()));
        return candidates;
    }

    private List<Object> oneRowKey(CheckedTable table) {
        var rows = new JdbcTemplate(dataSource)
                .queryForList("select " + String.join(", ", table.primaryKey()) + " from " + table.name() + " order by "
                        + String.join(", ", table.primaryKey()) + " desc");
        assertThat(rows)
                .as(
                        "a row in %s to write; make aRowInEveryCheckedTable() leave one for its CHECK %s",
                        table.name(), table.constraints().keySet())
                .isNotEmpty();
        return table.primaryKey().stream()
                .map(column -> rows.getFirst().get(column))
                .toList();
    }

    private static String where(CheckedTable table) {
        return " where "
                + String.join(
                        " and ",
                        table.primaryKey().stream().map(c -> c + " = ?").toList());
    }

    // --- the pool --------------------------------------------------------------------------------------------------

    /**
     * Retires every connection the pool holds, as its max-lifetime does after 30 minutes, and waits until the
     * database has closed all the sessions that were open before (the pool closes them on a thread of its own).
     */
    private void retireEveryPooledConnection() {
        Set<Object> before = openSessions();
        try {
            dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        } catch (SQLException e) {
            throw new IllegalStateException("the application's DataSource is not Hikari's pool", e);
        }
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> Collections.disjoint(openSessions(), before));
    }

    /** The ids of the database sessions this application has open (H2's sessions, PostgreSQL's backends). */
    private Set<Object> openSessions() {
        String sql = "H2".equals(databaseProduct())
                ? "select session_id from information_schema.sessions"
                : "select pid from pg_stat_activity where datname = current_database() and usename = current_user"
                        + " and application_name = 'PostgreSQL JDBC Driver'";
        return new LinkedHashSet<>(new JdbcTemplate(dataSource).queryForList(sql, Object.class));
    }

    // --- the scenario ----------------------------------------------------------------------------------------------

    private MeetingId approvedCall(Classification classification) {
        int n = counter.incrementAndGet();
        Person ours = directory.person(person("Retired pool RU " + n, "RU", "retired-pool-ru" + n + "@mid.example"));
        Person theirs = directory.person(person("Retired pool CH " + n, "CH", "retired-pool-ch" + n + "@eda.example"));
        LocalDateTime start = LocalDateTime.of(2041, 3, 1, 9, 0).plusDays(n);
        MeetingId id = users.as(
                "planner",
                () -> meetings.create(
                                MeetingDataBuilder.meeting("Retired pool call " + n)
                                        .kind(MeetingKind.PHONE_CALL)
                                        .format(MeetingFormat.PHONE)
                                        .at(start, start.plusHours(1), GENEVA)
                                        .classification(classification)
                                        .headedBy(new CountryCode("RU"), ours.id(), new CountryCode("CH"), theirs.id())
                                        .build(),
                                true)
                        .id());
        users.as("planner", () -> approvals.submit(id, null));
        users.as("approver", () -> approvals.approve(id, 1, null));
        return id;
    }

    private static PersonData person(String name, String country, String email) {
        return new PersonData(
                name,
                null,
                null,
                new CountryCode(country),
                email,
                null,
                null,
                GENEVA,
                PersonData.DEFAULT_WORKDAY_START,
                PersonData.DEFAULT_WORKDAY_END,
                null);
    }
}

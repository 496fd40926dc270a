package org.parley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Makes the PostgreSQL coverage visible: without PARLEY_TEST_POSTGRES_URL this test is reported as skipped, with the
 * reason; with it, it runs in the Maven profile "postgres" (the surefire execution of the same name) and checks that
 * the application really runs on that database and that Flyway built the schema there.
 */
@ParleyTest
class PostgresAvailabilityTest {

    static final String URL = "PARLEY_TEST_POSTGRES_URL";

    @BeforeEach
    void postgresIsConfigured() {
        assumeTrue(
                !env(URL).isBlank(),
                "PostgreSQL tests skipped: set PARLEY_TEST_POSTGRES_URL "
                        + "(e.g. jdbc:postgresql://localhost:5432/parley_test) with PARLEY_TEST_POSTGRES_USER and "
                        + "PARLEY_TEST_POSTGRES_PASSWORD to run the persistence tests on PostgreSQL too (.ci/run does)");
    }

    @Autowired
    DataSource applicationDataSource;

    @Test
    void the_application_runs_on_the_configured_postgres_database() throws SQLException {
        try (Connection connection = applicationDataSource.getConnection()) {
            var metadata = connection.getMetaData();
            assertThat(metadata.getDatabaseProductName())
                    .as("the persistence tests run on PostgreSQL in the surefire execution \"postgres\"")
                    .isEqualTo("PostgreSQL");
            assertThat(metadata.getURL()).isEqualTo(env(URL));
        }
    }

    @Test
    void flyway_has_migrated_the_postgres_schema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                env(URL), env("PARLEY_TEST_POSTGRES_USER"), env("PARLEY_TEST_POSTGRES_PASSWORD"))) {
            var sql = new JdbcTemplate(new SingleConnectionDataSource(connection, true));

            assertThat(sql.queryForObject(
                            "select count(*) from information_schema.tables "
                                    + "where table_schema = current_schema() and table_name = 'app_user'",
                            Integer.class))
                    .as("table app_user")
                    .isEqualTo(1);
            assertThat(sql.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                    .as("successful migrations")
                    .isPositive();
            assertThat(sql.queryForObject(
                            "select count(*) from flyway_schema_history where not success", Integer.class))
                    .as("failed migrations")
                    .isZero();
        }
    }

    @Test
    void the_meetings_search_is_answered_by_the_full_text_index() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                env(URL), env("PARLEY_TEST_POSTGRES_USER"), env("PARLEY_TEST_POSTGRES_PASSWORD"))) {
            var sql = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            // the test database is small, so PostgreSQL would rather read it all; forbidding that shows whether the
            // index can answer the query the application sends (the function is inlined into the indexed expression)
            sql.execute("set enable_seqscan = off");
            String plan = String.join("\n", sql.queryForList("""
                    explain select s.meeting_id from meeting_search s
                    where parley_search_matches(s.document, 'lavr:* & riyad:*')""", String.class));

            assertThat(plan).contains("meeting_search_words_idx");
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}

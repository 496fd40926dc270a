package org.parley.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The start-up checks and the sync after each commit on their own databases (the test context's in-memory H2 has
 * nothing to make durable); the crash test (CrashRecoveryE2ETest) shows the outcome with the packaged jar.
 */
class DurableCommitsTest {

    @TempDir
    Path directory;

    @Test
    void once_parley_is_ready_every_read_write_commit_is_forced_to_disk_on_its_own_connection() throws Exception {
        try (var pool = pool("jdbc:h2:file:" + directory.resolve("parley"), "parley", "")) {
            var durable = new DurableCommits(pool);
            durable.checkAtStart();
            var transactions = new DataSourceTransactionManager(pool); // a pool of one: no second connection to take
            transactions.addListener(durable);
            var jdbc = new JdbcTemplate(pool);
            jdbc.execute("create table note (id int primary key, text varchar(100))");
            jdbc.execute("set query_statistics true"); // H2 counts the statements it runs
            var transaction = new TransactionTemplate(transactions);
            transaction.executeWithoutResult(status -> jdbc.update("insert into note values (0, 'while starting')"));

            durable.applicationReady(); // forces what start-up wrote: one sync
            for (int i = 1; i <= 3; i++) {
                int id = i;
                transaction.executeWithoutResult(status -> jdbc.update("insert into note values (?, 'kept')", id));
            }
            var readOnly = new TransactionTemplate(transactions);
            readOnly.setReadOnly(true);
            readOnly.executeWithoutResult(status -> jdbc.queryForList("select * from note"));

            assertThat(jdbc.queryForObject("select count(*) from note", Integer.class))
                    .isEqualTo(4);
            assertThat(jdbc.queryForObject(
                            "select execution_count from information_schema.query_statistics"
                                    + " where sql_statement = 'CHECKPOINT SYNC'",
                            Integer.class))
                    .isEqualTo(1 + 3);
        }
    }

    @Test
    void an_embedded_database_user_without_administrator_rights_stops_parley_with_the_reason() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("parley");
        try (var owner = pool(url, "parley", "")) {
            new JdbcTemplate(owner).execute("create user clerk password 'clerk-pass'");
            try (var clerk = pool(url, "clerk", "clerk-pass")) {
                assertThatThrownBy(() -> new DurableCommits(clerk).checkAtStart())
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("must be an H2 administrator");
            }
        }
    }

    @Test
    void postgresql_with_synchronous_commit_off_stops_parley_with_the_reason() throws Exception {
        String url = System.getenv("PARLEY_TEST_POSTGRES_URL");
        assumeTrue(url != null && !url.isBlank(), "PARLEY_TEST_POSTGRES_URL is not set");
        String user = System.getenv("PARLEY_TEST_POSTGRES_USER");
        String password = System.getenv("PARLEY_TEST_POSTGRES_PASSWORD");
        // the session setting a careless role or database default would give every connection
        String off = url + (url.contains("?") ? "&" : "?") + "options=-c%20synchronous_commit%3Doff";
        try (var durable = pool(url, user, password);
                var careless = pool(off, user, password)) {
            new DurableCommits(durable).checkAtStart();
            assertThatThrownBy(() -> new DurableCommits(careless).checkAtStart())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("synchronous_commit = off");
        }
    }

    /** A pool of one connection. */
    private static HikariDataSource pool(String url, String user, String password) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(1);
        pool.setConnectionTimeout(1_000); // a second connection would be refused quickly, not awaited
        return pool;
    }
}

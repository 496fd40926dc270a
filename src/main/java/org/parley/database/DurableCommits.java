package org.parley.database;

import jakarta.annotation.PostConstruct;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Once a transaction has committed, what it wrote survives a crash of the process and of the machine
 * (docs/0012-embedded-database.md). On the embedded H2 file database, {@code CHECKPOINT SYNC} after every read-write
 * commit writes what the commit changed to the file and forces the file to the disk before Parley answers (H2 on its
 * own keeps commits in memory for up to {@code WRITE_DELAY}, 500 ms, and never forces the file). On PostgreSQL, which
 * does both by itself, Parley refuses to start when {@code synchronous_commit} or {@code fsync} is off. Spring Boot
 * registers this listener with the transaction manager, which every write in Parley goes through. What Parley writes
 * while it starts (the first administrator, the demo's data) is forced once, when it is ready: it has acknowledged
 * nothing to anyone before, and a start cut short redoes that work.
 */
@Component
class DurableCommits implements TransactionExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(DurableCommits.class);

    private final DataSource dataSource;
    private volatile boolean embeddedFile;
    private volatile boolean syncEachCommit;

    DurableCommits(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @PostConstruct
    void checkAtStart() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            var metaData = connection.getMetaData();
            switch (metaData.getDatabaseProductName()) {
                case "H2" -> {
                    if (!metaData.getURL().startsWith("jdbc:h2:mem:")) {
                        checkpointSync(connection);
                        embeddedFile = true;
                    }
                }
                case "PostgreSQL" -> requireDurablePostgres(connection);
                default ->
                    log.warn(
                            "Parley does not know how {} makes commits durable; check it yourself",
                            metaData.getDatabaseProductName());
            }
        }
    }

    /** From now on every commit is forced to the disk; what start-up wrote is forced now. */
    @EventListener(ApplicationReadyEvent.class)
    void applicationReady() throws SQLException {
        if (embeddedFile) {
            try (Connection connection = dataSource.getConnection()) {
                checkpointSync(connection);
            }
            syncEachCommit = true;
        }
    }

    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
        if (!syncEachCommit || commitFailure != null || transaction.isReadOnly()) {
            return;
        }
        // the committing transaction's own connection, still bound to this thread: no second pool connection
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The change was committed but not forced to the disk: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Forces the file to the disk; at start it also proves the database user may (an H2 administrator). */
    private static void checkpointSync(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Parley cannot make commits durable on the embedded database (its user "
                            + "must be an H2 administrator, as the user that created the database is): "
                            + e.getMessage(),
                    e);
        }
    }

    private static void requireDurablePostgres(Connection connection) throws SQLException {
        for (String setting : new String[] {"synchronous_commit", "fsync"}) {
            try (Statement statement = connection.createStatement();
                    var value = statement.executeQuery("select current_setting('" + setting + "')")) {
                value.next();
                if ("off".equalsIgnoreCase(value.getString(1))) {
                    throw new IllegalStateException("PostgreSQL runs with " + setting + " = off: a crash would lose "
                            + "changes Parley has already confirmed. Set it to on (postgresql.conf, or ALTER ROLE/"
                            + "DATABASE … RESET " + setting
                            + ") and start Parley again (docs/0012-embedded-database.md).");
                }
            }
        }
    }
}

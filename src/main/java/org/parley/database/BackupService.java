package org.parley.database;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.parley.security.CurrentUser;
import org.parley.shared.AuditActions;
import org.parley.shared.AuditableEvent;
import org.parley.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A consistent copy of the running embedded database, for {@code ./parley backup} (docs/0013-backups.md). H2's
 * {@code BACKUP TO} copies the database file while Parley goes on working: the file is append-only while the copy is
 * made, so the copy holds every transaction committed before it started and none half. PostgreSQL is backed up with
 * {@code pg_dump} instead.
 */
@Service
public class BackupService {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BackupService(DataSource dataSource, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.dataSource = dataSource;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A backup as it was written: a suggested file name and its size. */
    public record Backup(String fileName, long bytes) {}

    /** Where a finished backup goes, opened only once the backup exists (so a refusal can still be answered). */
    @FunctionalInterface
    public interface Destination {
        OutputStream open(Backup backup) throws IOException;
    }

    /**
     * Takes a backup of the embedded database (a zip holding the database file) and writes it to the destination;
     * the audit log records who took it. Refused on PostgreSQL and on an in-memory database, with the reason.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Backup backUp(Destination destination) {
        Path file = null;
        try (Connection connection = dataSource.getConnection()) {
            refuseUnlessEmbeddedFile(connection);
            file = Files.createTempFile("parley-backup-", ".zip");
            Files.delete(file); // H2 writes it afresh
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            var backup = new Backup("parley-" + STAMP.format(clock.instant()) + ".zip", Files.size(file));
            OutputStream out = destination.open(backup);
            Files.copy(file, out);
            out.flush();
            events.publishEvent(
                    new BackedUp(currentUser.actorName(), backup.fileName() + ", " + backup.bytes() + " bytes"));
            return backup;
        } catch (SQLException e) {
            throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written: " + e.getMessage(), e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static void refuseUnlessEmbeddedFile(Connection connection) throws SQLException {
        var metaData = connection.getMetaData();
        if (!"H2".equals(metaData.getDatabaseProductName())) {
            throw new RuleViolationException("Parley runs on " + metaData.getDatabaseProductName()
                    + ": back it up with that database's own tools (for PostgreSQL, pg_dump; see "
                    + "docs/0013-backups.md)");
        }
        if (metaData.getURL().startsWith("jdbc:h2:mem:")) {
            throw new RuleViolationException("The database is in memory: there is no file to back up");
        }
    }

    private static void deleteQuietly(@org.jspecify.annotations.Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file; the operating system clears its temporary directory
            }
        }
    }

    /** The audit log's record of a backup. */
    record BackedUp(String actor, String details) implements AuditableEvent {
        @Override
        public String action() {
            return AuditActions.DATABASE_BACKED_UP;
        }

        @Override
        public String target() {
            return "database";
        }
    }
}

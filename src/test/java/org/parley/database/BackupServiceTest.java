package org.parley.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ApiCalls;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.security.ApiAccess;
import org.parley.security.ApiTokenService;
import org.parley.security.CurrentUser;
import org.parley.shared.AuditActions;
import org.parley.shared.AuditableEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Backups of the embedded database through the API that {@code ./parley backup} calls: who may ask for one, what the
 * answer is where there is no file to copy, and what a backup of a file database holds while others keep writing.
 * The whole round trip with the packaged jar (back up, change, restore) is BackupE2ETest.
 */
@ParleyTest
class BackupServiceTest {

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TestUsers users;

    @Autowired
    WebApplicationContext context;

    @Autowired
    CurrentUser currentUser;

    @TempDir
    Path directory;

    @Test
    void only_an_administrator_with_a_read_write_token_reaches_the_backup() {
        var api = new ApiCalls(context);
        for (String username : List.of("viewer", "planner", "approver", "senior")) {
            var refused = api.send("POST", "/api/v1/database/backup", token(username, ApiAccess.READ_WRITE), null);
            assertThat(refused.statusCode()).as(username).isEqualTo(403);
        }
        var readOnly = api.send("POST", "/api/v1/database/backup", token("admin", ApiAccess.READ_ONLY), null);
        assertThat(readOnly.statusCode()).isEqualTo(403);
        assertThat(api.send("POST", "/api/v1/database/backup", null, null).statusCode())
                .isEqualTo(401);

        // the test database is in memory (or PostgreSQL): the administrator reaches the service, which says why not
        var admin = api.send("POST", "/api/v1/database/backup", token("admin", ApiAccess.READ_WRITE), null);
        assertThat(admin.statusCode()).isEqualTo(409);
        assertThat(admin.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(ApiCalls.json(admin).path("detail").asString()).containsAnyOf("in memory", "pg_dump");
    }

    @Test
    void a_backup_of_a_file_database_taken_while_others_write_opens_as_a_database_holding_a_prefix_of_their_rows()
            throws Exception {
        var audited = new ArrayList<AuditableEvent>();
        try (var pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:file:" + directory.resolve("live/parley") + ";WRITE_DELAY=0");
            pool.setUsername("parley");
            var jdbc = new JdbcTemplate(pool);
            jdbc.execute("create table note (id int primary key, text varchar(100) not null)");
            var writing = new AtomicBoolean(true);
            var writer = Thread.ofPlatform().start(() -> {
                for (int id = 1; writing.get(); id++) {
                    jdbc.update("insert into note values (?, 'written')", id);
                }
            });
            int before;
            var zip = new ByteArrayOutputStream();
            BackupService.Backup backup;
            try {
                Thread.sleep(200);
                before = count(jdbc);
                var service = new BackupService(
                        pool,
                        currentUser,
                        event -> audited.add((AuditableEvent) event),
                        Clock.fixed(Instant.parse("2031-05-06T07:08:09Z"), ZoneOffset.UTC));
                backup = service.backUp(b -> zip);
            } finally {
                writing.set(false);
                writer.join();
            }
            int after = count(jdbc);

            assertThat(backup.fileName()).isEqualTo("parley-20310506T070809Z.zip");
            assertThat(backup.bytes()).isEqualTo(zip.size());
            Path restored = unzip(zip.toByteArray(), directory.resolve("restored"));
            assertThat(restored.resolve("parley.mv.db")).isRegularFile();
            try (var copy = new HikariDataSource()) {
                copy.setJdbcUrl("jdbc:h2:file:" + restored.resolve("parley"));
                copy.setUsername("parley");
                var rows = new JdbcTemplate(copy);
                int inBackup = count(rows);
                assertThat(inBackup).isBetween(before, after);
                assertThat(rows.queryForObject("select max(id) from note", Integer.class))
                        .isEqualTo(inBackup);
            }
        }
        assertThat(audited).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditActions.DATABASE_BACKED_UP);
            assertThat(event.details()).startsWith("parley-20310506T070809Z.zip, ");
        });
    }

    private static int count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from note", Integer.class);
    }

    private static Path unzip(byte[] zip, Path into) throws Exception {
        Files.createDirectories(into);
        try (var entries = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Files.copy(entries, into.resolve(entry.getName()));
            }
        }
        return into;
    }

    private String token(String username, ApiAccess access) {
        return users.as(
                        username,
                        () -> tokens.create(
                                "backup test " + System.nanoTime(),
                                Instant.now().plus(1, ChronoUnit.DAYS),
                                access))
                .token();
    }
}

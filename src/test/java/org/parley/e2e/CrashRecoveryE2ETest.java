package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Nothing Parley has acknowledged is lost when its process dies. The packaged jar starts without demo data; a planner
 * (created by the first administrator in the browser) creates and submits meetings through the API from several
 * threads; the JVM is killed with SIGKILL mid-stream; Parley starts again on the same database without any repair,
 * and every meeting that got a 201 is there (submitted ones still submitted), and the audit chain verifies. Several
 * rounds on one database, so later crashes must not lose what earlier rounds wrote either. On the embedded H2
 * database, and on PostgreSQL when PARLEY_TEST_POSTGRES_URL is set (in a schema of its own, dropped at the end).
 * The two databases' runs go on at the same time (each in its own processes, ports and directory): most of a run is
 * waiting for a JVM to start, and two cores start two JVMs in little more than the time of one.
 */
@Tag("e2e")
class CrashRecoveryE2ETest {

    /** Two rounds: the second crash must not lose what the first round wrote either. */
    private static final int ROUNDS = 2;

    private static final int WRITERS = 4;
    /** Acknowledged creates per round before the kill comes, at a random moment after that. */
    private static final int WRITES_BEFORE_KILL = 30;

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(90);
    private static final String PG_SCHEMA = "parley_crash_test";

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void every_acknowledged_meeting_survives_kill_9_on_the_embedded_database(@TempDir Path workDir) throws Exception {
        crashRounds(ParleyProcess.in(workDir).name("crash-h2"), "h2");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void every_acknowledged_meeting_survives_kill_9_on_postgresql(@TempDir Path workDir) throws Exception {
        String url = System.getenv("PARLEY_TEST_POSTGRES_URL");
        assumeTrue(url != null && !url.isBlank(), "PARLEY_TEST_POSTGRES_URL is not set: PostgreSQL is not tested");
        String user = System.getenv("PARLEY_TEST_POSTGRES_USER");
        String password = System.getenv("PARLEY_TEST_POSTGRES_PASSWORD");
        dropSchema(url, user, password);
        try {
            crashRounds(
                    ParleyProcess.in(workDir)
                            .name("crash-postgres")
                            .args("--spring.profiles.active=postgres", "--spring.flyway.schemas=" + PG_SCHEMA)
                            .env("PARLEY_DB_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + PG_SCHEMA)
                            .env("PARLEY_DB_USER", user)
                            .env("PARLEY_DB_PASSWORD", password),
                    "postgres");
        } finally {
            dropSchema(url, user, password);
        }
    }

    private void crashRounds(ParleyProcess.Setup node, String database) throws Exception {
        String adminPassword = "crash-admin-" + UUID.randomUUID();
        // C1 only and a serial collector: these short-lived JVMs start faster on a busy two-core machine
        node.env("PARLEY_ADMIN_PASSWORD", adminPassword)
                .jvmArgs("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        Map<Long, Written> acknowledged = new ConcurrentHashMap<>();
        List<String> report = new ArrayList<>();
        ParleyProcess running = null;
        try (var operator = new OperatorSteps()) {
            running = node.start();
            String token = operator.plannerWithToken(
                    running.baseUrl(), adminPassword, "crash-planner", "crash-planner-" + UUID.randomUUID());
            for (int round = 1; round <= ROUNDS; round++) {
                int before = acknowledged.size();
                Load load = new Load(running, new ParleyApi(running.baseUrl(), token), round, acknowledged);
                load.awaitAcknowledged(before + WRITES_BEFORE_KILL);
                Thread.sleep(ThreadLocalRandom.current().nextInt(1_000));
                load.killNode();

                Instant restart = Instant.now();
                running = node.start();
                Duration startTime = Duration.between(restart, Instant.now());
                assertThat(running.logText())
                        .as("the log of the start after the kill")
                        .doesNotContain(" ERROR ");

                List<String> lost = lost(new ParleyApi(running.baseUrl(), token), acknowledged);
                String audit = operator.auditVerification(running.baseUrl(), adminPassword);
                long submitted = acknowledged.values().stream()
                        .filter(Written::submitted)
                        .count();
                report.add("%s round %d: %d meetings acknowledged in this round (%d in all, %d of them submitted), "
                                .formatted(
                                        database, round, acknowledged.size() - before, acknowledged.size(), submitted)
                        + "%d lost; %d server errors; restart %.1f s; %s"
                                .formatted(
                                        lost.size(), load.serverErrors.size(), startTime.toMillis() / 1000.0, audit));
                assertThat(lost)
                        .as("acknowledged writes missing after kill -9 in round %d", round)
                        .isEmpty();
                assertThat(load.serverErrors)
                        .as("5xx answers before the kill in round %d", round)
                        .isEmpty();
                assertThat(audit).startsWith("The audit log is intact");
                assertThat(auditEntries(audit))
                        .as("audit entries: at least one per acknowledged submission")
                        .isGreaterThanOrEqualTo(submitted);
            }
        } finally {
            if (running != null) {
                running.close();
            }
            report.forEach(System.out::println);
            Files.write(
                    Path.of(ParleyProcess.packagedJar().getParent().toString(), "crash-recovery-" + database + ".txt"),
                    report,
                    StandardCharsets.UTF_8);
        }
    }

    /** What the API acknowledged about one meeting. */
    private record Written(String title, boolean submitted) {}

    /**
     * Writers creating and submitting meetings until the node is killed. Only a 201 (create) or 200 (submit) counts
     * as acknowledged; a request the kill cut off counts as nothing.
     */
    private final class Load {

        final List<Thread> writers = new ArrayList<>();
        final ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        final AtomicBoolean killed = new AtomicBoolean();
        final ParleyProcess node;
        final Map<Long, Written> acknowledged;

        Load(ParleyProcess node, ParleyApi api, int round, Map<Long, Written> acknowledged) {
            this.node = node;
            this.acknowledged = acknowledged;
            for (int w = 1; w <= WRITERS; w++) {
                String prefix = "Crash round " + round + " writer " + w + " #";
                var writer = new Thread(() -> write(api, prefix), "crash-writer-" + round + "-" + w);
                writer.setDaemon(true); // a failed test's node is stopped in finally, which ends them anyway
                writers.add(writer);
                writer.start();
            }
        }

        private void write(ParleyApi api, String prefix) {
            try {
                for (int i = 1; ; i++) {
                    String title = prefix + i;
                    var created = api.createMeeting(title);
                    if (created.statusCode() != 201) {
                        noteUnexpected(created, title);
                        continue;
                    }
                    long meetingId = ParleyApi.id(created).orElseThrow();
                    acknowledged.put(meetingId, new Written(title, false));
                    var submitted = api.send("POST", "/api/v1/meetings/" + meetingId + "/submit", "{}");
                    if (submitted.statusCode() == 200) {
                        acknowledged.put(meetingId, new Written(title, true));
                    } else {
                        noteUnexpected(submitted, title);
                    }
                }
            } catch (IOException cutOff) {
                if (!killed.get()) {
                    failures.add(cutOff);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                failures.add(e);
            }
        }

        private void noteUnexpected(HttpResponse<String> response, String title) {
            if (response.statusCode() >= 500) {
                serverErrors.add(response.statusCode() + " for " + title + ": " + response.body());
            } else {
                failures.add(new AssertionError(response.statusCode() + " for " + title + ": " + response.body()));
            }
        }

        void awaitAcknowledged(int count) throws InterruptedException {
            Instant deadline = Instant.now().plus(LOAD_TIMEOUT);
            while (acknowledged.size() < count
                    && failures.isEmpty()
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            assertThat(failures)
                    .as("writers' failures; log:\n" + node.logTail(60))
                    .isEmpty();
            assertThat(acknowledged.size())
                    .as("acknowledged writes within %s s", LOAD_TIMEOUT.toSeconds())
                    .isGreaterThanOrEqualTo(count);
        }

        /** Kills the node mid-stream (kill -9) and waits for the writers, whose requests then fail. */
        void killNode() throws InterruptedException {
            killed.set(true);
            node.kill();
            for (Thread writer : writers) {
                writer.join(Duration.ofSeconds(60));
                assertThat(writer.isAlive()).as(writer.getName() + " ended").isFalse();
            }
            assertThat(failures).as("writers' failures").isEmpty();
        }
    }

    /** The acknowledged meetings the API does not return as they were acknowledged. */
    private static List<String> lost(ParleyApi api, Map<Long, Written> acknowledged)
            throws IOException, InterruptedException {
        var lost = new ArrayList<String>();
        for (var entry : acknowledged.entrySet()) {
            var found = api.send("GET", "/api/v1/meetings/" + entry.getKey(), null);
            Written written = entry.getValue();
            if (found.statusCode() != 200
                    || !found.body().contains("\"title\":\"" + written.title() + "\"")
                    || (written.submitted() && !found.body().contains("\"status\":\"PENDING_APPROVAL\""))) {
                lost.add(entry.getKey() + " " + written + ": " + found.statusCode() + " " + found.body());
            }
        }
        return lost;
    }

    private static long auditEntries(String verification) {
        Matcher count = Pattern.compile("(\\d+) entr").matcher(verification);
        assertThat(count.find()).as(verification).isTrue();
        return Long.parseLong(count.group(1));
    }

    private static void dropSchema(String url, String user, String password) throws SQLException {
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + PG_SCHEMA + " cascade");
        }
    }
}

package org.parley.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.parley.BenchmarkFigures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a commit that survives a crash costs (docs/0012-embedded-database.md): small write transactions (one row of
 * about 600 bytes, the size of a meeting's main row) on an H2 file database with H2's default write delay, with
 * {@code WRITE_DELAY 0}, and with {@link DurableCommits}' {@code CHECKPOINT SYNC} after each commit (on the default,
 * which is what Parley runs, and on {@code WRITE_DELAY 0}); and on PostgreSQL (when PARLEY_TEST_POSTGRES_URL is set) with {@code synchronous_commit} off and
 * on. For each: the median and 95th percentile of one commit on one thread, the commits per second of four threads,
 * and the H2 file's size afterwards. Asserts only that every row was written.
 *
 * <p>Run: {@code mvn -o test -Dgroups=benchmark -Dsurefire.excludedGroups=e2e -Dtest=DurabilityBenchmark
 * -Dparley.benchmark=true}; figures in {@code target/benchmark-durability.txt}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(
        named = "parley.benchmark",
        matches = "true",
        disabledReason = "a benchmark: run with -Dparley.benchmark=true")
class DurabilityBenchmark {

    static final int WARM_UP = 300;
    static final int COMMITS = 3_000;
    static final int THREADS = 4;
    static final String BODY = "x".repeat(560);

    @TempDir
    Path directory;

    @Test
    void what_a_commit_that_survives_a_crash_costs() throws Exception {
        var lines = new ArrayList<String>();
        lines.add("Commit of one ~600-byte row; %d commits after %d warm-up; %d threads for throughput"
                .formatted(COMMITS, WARM_UP, THREADS));
        lines.add(h2("H2 default, WRITE_DELAY 500 (a crash loses up to 0.5 s of commits)", 500, false));
        lines.add(h2("H2 WRITE_DELAY 0 (survives kill -9, not a power cut; no background compaction)", 0, false));
        lines.add(h2("H2 WRITE_DELAY 0 + CHECKPOINT SYNC per commit", 0, true));
        lines.add(h2("H2 default + CHECKPOINT SYNC per commit (Parley: survives kill -9 and a power cut)", 500, true));
        String url = System.getenv("PARLEY_TEST_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            String off = url + (url.contains("?") ? "&" : "?") + "options=-c%20synchronous_commit%3Doff";
            lines.add(postgres("PostgreSQL synchronous_commit off (a crash loses the last commits)", off));
            lines.add(postgres("PostgreSQL synchronous_commit on (Parley)", url));
        }
        lines.forEach(System.out::println);
        for (String line : lines.subList(1, lines.size())) {
            BenchmarkFigures.record(
                    "Durable commit: " + line.substring(0, 85).trim(),
                    line.substring(85).trim(),
                    "",
                    "",
                    "—");
        }
        Files.write(Path.of("target", "benchmark-durability.txt"), lines, StandardCharsets.UTF_8);
    }

    private String h2(String label, int writeDelay, boolean sync) throws Exception {
        Path file = directory.resolve("delay" + writeDelay + (sync ? "-sync" : ""));
        try (var pool = pool("jdbc:h2:file:" + file + ";WRITE_DELAY=" + writeDelay, "parley", "")) {
            DurableCommits durable = null;
            if (sync) {
                durable = new DurableCommits(pool);
                durable.checkAtStart();
                durable.applicationReady();
            }
            String figures = measure(pool, durable);
            long bytes = Files.size(Path.of(file + ".mv.db"));
            return "%-85s %s; file %,d KB".formatted(label, figures, bytes / 1024);
        }
    }

    private String postgres(String label, String url) throws Exception {
        try (var pool =
                pool(url, System.getenv("PARLEY_TEST_POSTGRES_USER"), System.getenv("PARLEY_TEST_POSTGRES_PASSWORD"))) {
            var jdbc = new JdbcTemplate(pool);
            jdbc.execute("drop table if exists durability_benchmark");
            try {
                return "%-85s %s".formatted(label, measure(pool, null));
            } finally {
                jdbc.execute("drop table if exists durability_benchmark");
            }
        }
    }

    /** Median and p95 of single-threaded commits, then commits per second with {@link #THREADS} threads. */
    private static String measure(HikariDataSource pool, @Nullable DurableCommits durable) throws Exception {
        var jdbc = new JdbcTemplate(pool);
        jdbc.execute("create table durability_benchmark (id bigint generated by default as identity primary key, "
                + "title varchar(200) not null, body varchar(2000) not null)");
        var transactions = new DataSourceTransactionManager(pool);
        if (durable != null) {
            transactions.addListener(durable);
        }
        var transaction = new TransactionTemplate(transactions);
        var counter = new AtomicInteger();
        Runnable commit = () -> transaction.executeWithoutResult(status -> jdbc.update(
                "insert into durability_benchmark (title, body) values (?, ?)",
                "Meeting " + counter.incrementAndGet(),
                BODY));

        for (int i = 0; i < WARM_UP; i++) {
            commit.run();
        }
        long[] nanos = new long[COMMITS];
        for (int i = 0; i < COMMITS; i++) {
            long start = System.nanoTime();
            commit.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);

        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < COMMITS / THREADS; i++) {
                        commit.run();
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(jdbc.queryForObject("select count(*) from durability_benchmark", Integer.class))
                    .isEqualTo(counter.get());
            return "median %.3f ms, p95 %.3f ms; %d threads %,.0f commits/s"
                    .formatted(
                            nanos[COMMITS / 2] / 1e6,
                            nanos[COMMITS * 95 / 100] / 1e6,
                            THREADS,
                            (COMMITS / THREADS * THREADS) / seconds);
        } finally {
            threads.shutdownNow();
        }
    }

    private static HikariDataSource pool(String url, String user, String password) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(THREADS);
        return pool;
    }
}

package org.parley;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nodes that start at the same moment on one empty database migrate it once: Flyway takes a lock before it reads
 * its history (on PostgreSQL an advisory lock, {@code pg_advisory_lock}), so the second node waits and then finds
 * nothing left to do. Two Flyway runs on their own connections race for a schema of their own here, the way two
 * nodes' start-ups would.
 */
@ParleyTest
class SimultaneousStartTest {

    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    Flyway applicationFlyway;

    @Autowired
    JdbcTemplate jdbc;

    private String schema;

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            jdbc.execute("drop schema if exists \"" + schema + "\" cascade");
        }
    }

    /** Flyway as a node's start-up runs it, on its own connections, in the given schema. */
    private Flyway node(String schema) {
        return Flyway.configure()
                .dataSource(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword())
                .schemas(schema)
                .locations(applicationFlyway.getConfiguration().getLocations())
                .load();
    }

    @Test
    void two_nodes_migrating_one_empty_database_at_once_apply_every_migration_once() throws Exception {
        schema = "simultaneous_start_" + counter.incrementAndGet();
        int nodes = 2;
        var together = new CyclicBarrier(nodes);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        List<Future<MigrateResult>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < nodes; i++) {
                Flyway node = node(schema);
                runs.add(pool.submit(() -> {
                    together.await();
                    return node.migrate();
                }));
            }
            int applied = 0;
            for (Future<MigrateResult> run : runs) {
                MigrateResult result = run.get(120, TimeUnit.SECONDS);
                assertThat(result.success).isTrue();
                applied += result.migrationsExecuted;
            }
            int migrations = applicationFlyway.info().applied().length;
            assertThat(applied).as("migrations run by both nodes together").isEqualTo(migrations);
        } finally {
            pool.shutdownNow();
        }

        MigrationInfo[] history = node(schema).info().applied();
        assertThat(history)
                .filteredOn(m -> !m.getType().isSynthetic() && m.getVersion() != null)
                .extracting(m -> m.getVersion().getVersion())
                .doesNotHaveDuplicates()
                .hasSize(applicationFlyway.info().applied().length);
        assertThat(history).noneMatch(m -> m.getState().isFailed());
    }
}

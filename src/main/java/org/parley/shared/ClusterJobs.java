package org.parley.shared;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a periodic job on one node of the cluster at a time: every node schedules it, and each run first takes the
 * job's lock, a row in the table {@code shedlock} (ShedLock's JDBC provider, with the database's clock so that nodes
 * whose clocks differ still agree). A node that finds the lock taken skips that run. See docs/0015-several-nodes.md.
 */
@Component
public class ClusterJobs {

    private final LockingTaskExecutor executor;

    ClusterJobs(DataSource dataSource) {
        this.executor = new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .withLockedByValue(ManagementFactory.getRuntimeMXBean().getName()) // pid@host
                        .usingDbTime()
                        .build()));
    }

    /**
     * Runs the job here unless another node is running it or ran it less than {@code atLeastFor} ago.
     *
     * @param atMostFor how long the lock holds if this node dies during the run; longer than any run takes
     * @param atLeastFor how long the lock holds after a short run, so nodes whose schedules are a little apart do
     *     not each run the job in turn; shorter than the interval between runs
     * @return whether it ran here
     */
    public boolean runOnOneNode(String job, Duration atMostFor, Duration atLeastFor, Runnable run) {
        try {
            return executor.executeWithLock(
                            () -> {
                                run.run();
                                return Boolean.TRUE;
                            },
                            new LockConfiguration(Instant.now(), job, atMostFor, atLeastFor))
                    .wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}

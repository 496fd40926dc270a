package org.parley.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.parley.ParleyTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A periodic job runs on one node at a time; two ClusterJobs on one database stand for two nodes. */
@ParleyTest
class ClusterJobsTest {

    private static final AtomicInteger counter = new AtomicInteger();
    private static final Duration AT_MOST = Duration.ofMinutes(5);

    @Autowired
    DataSource dataSource;

    @Test
    void while_one_node_runs_a_job_another_node_skips_it() throws Exception {
        var nodeA = new ClusterJobs(dataSource);
        var nodeB = new ClusterJobs(dataSource);
        String job = "probe-" + counter.incrementAndGet();
        var running = new CountDownLatch(1);
        var finish = new CountDownLatch(1);

        CompletableFuture<Boolean> onA =
                CompletableFuture.supplyAsync(() -> nodeA.runOnOneNode(job, AT_MOST, Duration.ZERO, () -> {
                    running.countDown();
                    await(finish);
                }));
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
        AtomicInteger ranOnB = new AtomicInteger();
        boolean bRan = nodeB.runOnOneNode(job, AT_MOST, Duration.ZERO, ranOnB::incrementAndGet);
        finish.countDown();

        assertThat(onA.get(30, TimeUnit.SECONDS)).as("ran on A").isTrue();
        assertThat(bRan).as("ran on B while A ran it").isFalse();
        assertThat(ranOnB).hasValue(0);
        assertThat(nodeB.runOnOneNode(job, AT_MOST, Duration.ZERO, ranOnB::incrementAndGet))
                .as("ran on B once A was done")
                .isTrue();
        assertThat(ranOnB).hasValue(1);
    }

    @Test
    void a_job_that_just_ran_on_one_node_is_not_run_again_by_another_within_its_minimum_spacing() {
        var nodeA = new ClusterJobs(dataSource);
        var nodeB = new ClusterJobs(dataSource);
        String job = "spaced-" + counter.incrementAndGet();
        AtomicInteger runs = new AtomicInteger();

        assertThat(nodeA.runOnOneNode(job, AT_MOST, Duration.ofMinutes(1), runs::incrementAndGet))
                .isTrue();
        assertThat(nodeB.runOnOneNode(job, AT_MOST, Duration.ofMinutes(1), runs::incrementAndGet))
                .isFalse();
        assertThat(nodeA.runOnOneNode(job, AT_MOST, Duration.ofMinutes(1), runs::incrementAndGet))
                .isFalse();

        assertThat(runs).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.BenchmarkFigures;

/**
 * API reads per second through HAProxy with two nodes and with one (the other disabled in the balancer), and the time
 * until the surviving node answers after the other is killed under a read load. Reports to the console and to
 * {@code target/benchmark-cluster.txt}; asserts only that the answers are right, never a time. Needs the packaged
 * jar, PostgreSQL and HAProxy, like ClusterE2ETest, and ApacheBench ({@code apt-get install apache2-utils}):
 * <pre>
 * mvn -B -DskipTests package
 * mvn -B test -Dgroups=benchmark -Dsurefire.excludedGroups=e2e -Dtest=ClusterBenchmark -Dparley.benchmark=true \
 *     -Dparley.jar=$PWD/target/parley-0.1.0-SNAPSHOT.jar
 * </pre>
 */
@Tag("benchmark")
@EnabledIfSystemProperty(
        named = "parley.benchmark",
        matches = "true",
        disabledReason = "a benchmark: run with -Dparley.benchmark=true")
class ClusterBenchmark {

    private static final Path AB = Path.of("/usr/bin/ab");
    private static final int ROUNDS = 3;
    private static final String PASSWORD = "a long cluster pass phrase";

    @Test
    void api_reads_per_second_through_the_balancer_with_two_nodes_and_with_one() throws Exception {
        assertThat(AB).as("ApacheBench (apt-get install apache2-utils)").isExecutable();
        var requirements = ParleyCluster.Requirements.ofThisMachine("ClusterBenchmark");
        List<String> report = new ArrayList<>();
        report.add("ClusterBenchmark: " + Runtime.getRuntime().availableProcessors() + " cores; load average "
                + loadAverage() + " at the start");
        try (var cluster = ParleyCluster.start(requirements, "benchmark", Duration.ofMinutes(10), List.of("-Xmx640m"));
                var steps = new OperatorSteps()) {
            String token = steps.userWithToken(
                    cluster.balancerUrl(), cluster.adminPassword(), "planner", "Paula Planner", "Planner", PASSWORD);
            long ours = cluster.addPerson("Sergei Lavrov", "RU", "lavrov@mid.example");
            long theirs = cluster.addPerson("Marco Rubio", "US", "rubio@state.example");
            for (int n = 0; n < 60; n++) {
                var created = ParleyCluster.send(
                        "POST",
                        cluster.balancerUrl() + "/api/v1/meetings",
                        token,
                        ParleyCluster.meetingJson(
                                "Benchmark meeting " + n, LocalDate.now().plusDays(20 + n), ours, theirs));
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            }
            String list = "/api/v1/meetings?size=20";
            // warm both nodes' JIT through the balancer (round robin), then measure
            apacheBench(cluster.balancerUrl() + list, token, 4000);

            List<Double> two = new ArrayList<>();
            List<Double> one = new ArrayList<>();
            List<Double> direct = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                two.add(apacheBench(cluster.balancerUrl() + list, token, 4000));
                nodeTwo(cluster, "disable");
                one.add(apacheBench(cluster.balancerUrl() + list, token, 4000));
                direct.add(apacheBench(cluster.node(0).baseUrl() + list, token, 4000));
                nodeTwo(cluster, "enable");
                Thread.sleep(3000); // health checks see node 2 again
            }
            report.add("GET " + list + " with a read-only load of 8 concurrent clients (ab -n 4000 -c 8), " + ROUNDS
                    + " rounds, median requests/s:");
            report.add(String.format("  through HAProxy, two nodes:           %8.1f  %s", median(two), two));
            report.add(String.format("  through HAProxy, one node (2 disabled): %6.1f  %s", median(one), one));
            report.add(String.format("  node 1 directly, no balancer:          %7.1f  %s", median(direct), direct));

            String takeover = takeover(cluster, token, list);
            report.add("takeover: " + takeover);
            // requests per second: more is better, so the ratio is the reference (one node) over Parley's two
            BenchmarkFigures.record(
                    "API reads/s through HAProxy, two nodes against one (ab -c 8)",
                    median(two),
                    median(one),
                    "req/s",
                    "≈ 2× one node on 2+2 cores; here both share 2 cores");
            BenchmarkFigures.record("API reads/s, node 1 directly, no balancer", median(direct), "req/s", "—");
            BenchmarkFigures.record(
                    "Cluster takeover after a node is killed", takeover, "", "", "answers continue within seconds");
        }
        report.add("load average " + loadAverage() + " at the end");
        String text = String.join("\n", report) + "\n";
        System.out.print(text);
        Files.writeString(ParleyProcess.packagedJar().getParent().resolve("benchmark-cluster.txt"), text);
    }

    /** Reads from four threads through the balancer, kills node 2, and reports when answers came back. */
    private static String takeover(ParleyCluster cluster, String token, String path) throws Exception {
        var answeredAfterKill = new AtomicLong(Long.MAX_VALUE);
        var killedAt = new AtomicLong(Long.MAX_VALUE);
        List<Long> failuresAfterKill = Collections.synchronizedList(new ArrayList<>());
        ExecutorService readers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(12).toNanos();
        for (int i = 0; i < 4; i++) {
            running.add(readers.submit(() -> {
                while (System.nanoTime() < end) {
                    long started = System.nanoTime();
                    boolean answered;
                    try {
                        answered = ParleyCluster.get(cluster.balancerUrl() + path, token)
                                        .statusCode()
                                == 200;
                    } catch (java.io.IOException e) {
                        answered = false;
                    }
                    long ended = System.nanoTime();
                    if (started >= killedAt.get() && answered) {
                        answeredAfterKill.accumulateAndGet(ended - killedAt.get(), Math::min);
                    }
                    if (ended >= killedAt.get() && !answered) {
                        failuresAfterKill.add(ended - killedAt.get());
                    }
                }
                return null;
            }));
        }
        Thread.sleep(4000);
        killedAt.set(System.nanoTime());
        cluster.node(1).kill();
        for (Future<?> reader : running) {
            reader.get(60, TimeUnit.SECONDS);
        }
        readers.shutdown();
        return "4 readers through HAProxy, node 2 killed with SIGKILL: the first read sent after the kill answered "
                + Duration.ofNanos(answeredAfterKill.get()).toMillis() + " ms after it; "
                + failuresAfterKill.size() + " reads failed, the last "
                + failuresAfterKill.stream().mapToLong(Long::longValue).max().orElse(0) / 1_000_000 + " ms after it";
    }

    private static void nodeTwo(ParleyCluster cluster, String command) throws Exception {
        for (String backend : List.of("parley_ui", "parley_stateless")) {
            cluster.balancerCommand(command + " server " + backend + "/node2");
        }
    }

    /** ab on loopback, bounded in requests and time; returns requests per second, after checking every answer. */
    private static double apacheBench(String url, String token, int requests) throws Exception {
        List<String> command = List.of(
                AB.toString(),
                "-q",
                "-n",
                Integer.toString(requests),
                "-c",
                "8",
                "-t",
                "60",
                "-n",
                Integer.toString(requests),
                "-H",
                "Authorization: Bearer " + token,
                url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        Matcher rate = Pattern.compile("Requests per second:\\s+([0-9.]+)").matcher(output);
        Matcher complete = Pattern.compile("Complete requests:\\s+([0-9]+)").matcher(output);
        assertThat(rate.find()).as(output).isTrue();
        assertThat(complete.find()).as(output).isTrue();
        assertThat(output).as("every answer a 200").doesNotContain("Non-2xx responses");
        assertThat(Pattern.compile("Failed requests:\\s+0").matcher(output).find())
                .as(output)
                .isTrue();
        return Double.parseDouble(rate.group(1));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}

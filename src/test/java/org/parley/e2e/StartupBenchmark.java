package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.BenchmarkFigures;
import org.springframework.util.FileSystemUtils;

/**
 * Seconds from {@code java -jar} until "Started" for Parley's packaged jar and for the bare Spring Boot + Vaadin + JPA
 * + Flyway + H2 application kept in {@code bench/bare-app} (the reference), started in alternation so that both see the
 * same load; also Parley with the demo until "Parley is ready" (its data loaded), and Parley with the JDK's
 * ahead-of-time cache (JDK 25+) as {@code ./parley demo} uses it. Each start reuses a database its warm-up start
 * created (as a restart does); the demo rebuilds its own at every start, as always. Medians go to the console and to
 * {@code target/bench/figures.tsv}; nothing is asserted about time.
 * <pre>
 * ./parley bench    # or, with both jars built:
 * mvn -o test -Dgroups=benchmark -Dsurefire.excludedGroups=e2e -Dtest=StartupBenchmark -Dparley.benchmark=true \
 *     -Dparley.jar=$PWD/target/parley-0.1.0-SNAPSHOT.jar -Dparley.bare.jar=$PWD/bench/bare-app/target/parley-bare-app.jar
 * </pre>
 */
@Tag("benchmark")
@EnabledIfSystemProperty(
        named = "parley.benchmark",
        matches = "true",
        disabledReason = "a benchmark: run with -Dparley.benchmark=true")
class StartupBenchmark {

    private static final int ROUNDS = Integer.getInteger("parley.benchmark.starts", 3);
    private static final Pattern STARTED = Pattern.compile("Started \\w+ in [\\d.]+ seconds");
    private static final Pattern READY = Pattern.compile("Parley is ready");
    private static final Pattern DEMO_DATA = Pattern.compile("Demo data ready in (\\d+) ms");
    /** Settings to try against the plain start in the same rounds, e.g. {@code -Dparley.benchmark.try="--a=b --c=d"}. */
    private static final List<String> TRY = Arrays.stream(
                    System.getProperty("parley.benchmark.try", "").split(" "))
            .filter(a -> !a.isBlank())
            .toList();

    private static final Path WORK = Path.of("target", "bench", "startup").toAbsolutePath();

    @Test
    void parley_starts_against_the_bare_application_in_alternating_runs() throws Exception {
        Path parley = ParleyProcess.packagedJar();
        Path bare = Path.of(System.getProperty("parley.bare.jar", "bench/bare-app/target/parley-bare-app.jar"))
                .toAbsolutePath();
        assertThat(bare)
                .as("the bare application (mvn -f bench/bare-app/pom.xml package)")
                .isRegularFile();
        FileSystemUtils.deleteRecursively(WORK);
        String loadBefore = BenchmarkFigures.loadAverage();

        boolean aot = Runtime.version().feature() >= 25;
        Path aotJar = aot ? AheadOfTimeCache.extract(parley, WORK.resolve("extracted")) : null;
        Path aotCache = WORK.resolve("parley.aot");

        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        List<Double> demoData = new ArrayList<>();
        // round 0 warms up: it creates each database (Flyway) and fills the page cache; it is not counted. The demo
        // rebuilds its database at every start and the AOT variant's warm-up is its training run, so they skip it.
        for (int round = 0; round <= ROUNDS; round++) {
            record(seconds, round, "bare", timed("bare", round, List.of("-jar", bare.toString()), STARTED));
            record(seconds, round, "parley", timed("parley", round, parleyArgs("-jar", parley.toString()), STARTED));
            if (!TRY.isEmpty()) {
                var tried = parleyArgs("-jar", parley.toString());
                tried.addAll(TRY);
                record(seconds, round, "tried", timed("tried", round, tried, STARTED));
            }
            if (round == 0) {
                if (aot) {
                    train(aotJar, aotCache);
                }
                continue;
            }
            var demoArgs = parleyArgs("-jar", parley.toString());
            demoArgs.add("--spring.profiles.active=demo");
            try (var demo = start("demo", round, demoArgs)) {
                record(seconds, round, "demo", demo.secondsUntil(READY));
                demoData.add(Double.parseDouble(demo.group(DEMO_DATA)) / 1000);
            }
            if (aot) {
                record(
                        seconds,
                        round,
                        "aot",
                        timed(
                                "aot",
                                round,
                                parleyArgs("-XX:AOTCache=" + aotCache, "-jar", aotJar.toString()),
                                STARTED));
            }
        }

        double bareMedian = BenchmarkFigures.median(seconds.get("bare"));
        String load = "load " + loadBefore + " before, " + BenchmarkFigures.loadAverage() + " after";
        BenchmarkFigures.record(
                "Start-up to \"Started\" (median of " + ROUNDS + " alternating runs; " + load + ")",
                BenchmarkFigures.median(seconds.get("parley")),
                bareMedian,
                "s",
                "≤ 1.3× the bare application");
        BenchmarkFigures.record(
                "Demo start-up to ready, demo data loaded",
                BenchmarkFigures.median(seconds.get("demo")),
                bareMedian,
                "s",
                "≤ 2× the bare application");
        BenchmarkFigures.record(
                "Demo data load (part of the above)", BenchmarkFigures.median(demoData), "s", "well under 1–2 s");
        if (aot) {
            BenchmarkFigures.record(
                    "Start-up to \"Started\" with the AOT cache (JDK "
                            + Runtime.version().feature() + ")",
                    BenchmarkFigures.median(seconds.get("aot")),
                    bareMedian,
                    "s",
                    "< 1× the bare application's plain start");
        }
        if (!TRY.isEmpty()) {
            BenchmarkFigures.record(
                    "Start-up to \"Started\" with " + String.join(" ", TRY),
                    BenchmarkFigures.median(seconds.get("tried")),
                    bareMedian,
                    "s",
                    "≤ 1.3× the bare application");
        }
        String report = "StartupBenchmark, " + Runtime.getRuntime().availableProcessors() + " cores, " + load
                + "\n  seconds per start, in run order: " + seconds + "\n  demo data seconds: " + demoData + "\n";
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-startup.txt"), report);
    }

    private static void record(Map<String, List<Double>> seconds, int round, String variant, double value) {
        if (round > 0) {
            seconds.computeIfAbsent(variant, k -> new ArrayList<>()).add(value);
        }
    }

    /** Parley's arguments for a benchmark start: loopback, free ports, the given JVM options first. */
    private static List<String> parleyArgs(String... jvmAndJar) {
        var args = new ArrayList<>(List.of(jvmAndJar));
        args.addAll(List.of(
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--management.server.port=" + ParleyProcess.freePort()));
        return args;
    }

    private static double timed(String name, int round, List<String> args, Pattern until) {
        try (var started = start(name, round, args)) {
            return started.secondsUntil(until);
        }
    }

    private static TimedStart start(String name, int round, List<String> args) {
        var all = new ArrayList<>(args);
        if (name.equals("bare")) {
            all.add("--server.port=0");
        }
        return TimedStart.launch(WORK.resolve(name), WORK.resolve("logs").resolve(name + "-" + round + ".log"), all);
    }

    /** The training run: Parley starts, the context refreshes, it exits and the JVM writes the cache. */
    private static void train(Path jar, Path cache) throws InterruptedException {
        var args = parleyArgs("-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh", "-jar", jar.toString());
        try (var training =
                TimedStart.launch(WORK.resolve("aot"), WORK.resolve("logs").resolve("aot-training.log"), args)) {
            training.awaitExit();
        }
        assertThat(cache).as("the AOT cache written by the training run").isRegularFile();
    }
}

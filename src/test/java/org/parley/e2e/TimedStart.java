package org.parley.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A jar started in a process of its own for the start-up and memory benchmarks: the seconds from launching {@code java}
 * until its log shows a line (wall clock, as a user waits), then stopped by its pid. Binds to 127.0.0.1 ports the
 * caller chose free; every start is bounded by {@link #TIMEOUT}.
 */
final class TimedStart implements AutoCloseable {

    // a shared 2-core machine under heavy load has taken nine minutes to start the demo
    static final Duration TIMEOUT = Duration.ofMinutes(Long.getLong("parley.benchmark.start-timeout-minutes", 15));

    private final Process process;
    private final Path log;
    private final long launched;
    private final Thread killAtExit;

    private TimedStart(Process process, Path log, long launched) {
        this.process = process;
        this.log = log;
        this.launched = launched;
        // a benchmark stopped half way (Ctrl+C, a failure) leaves no server behind
        this.killAtExit = new Thread(() -> process.toHandle().destroyForcibly(), "kill-" + log.getFileName());
        Runtime.getRuntime().addShutdownHook(killAtExit);
    }

    /** The java of this JVM with the given arguments, in the working directory, logging to the file. */
    static TimedStart launch(Path workDir, Path log, List<String> arguments) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        try {
            Files.createDirectories(workDir);
            Files.createDirectories(log.getParent());
            long launched = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new TimedStart(process, log, launched);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
    }

    /** Waits until the log matches and returns the seconds since the launch; fails with the log's end otherwise. */
    double secondsUntil(Pattern line) {
        long deadline = launched + TIMEOUT.toNanos();
        while (!line.matcher(logText()).find()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String why = process.isAlive()
                        ? "did not log " + line + " within " + TIMEOUT.toSeconds() + " s"
                        : "ended with status " + process.exitValue();
                List<String> lines = logText().lines().toList();
                throw new AssertionError(log + ": " + why + "; its last lines:\n"
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return (System.nanoTime() - launched) / 1e9;
    }

    /** The first group of the pattern in the log, once it is there (see {@link #secondsUntil}). */
    String group(Pattern pattern) {
        Matcher matcher = pattern.matcher(logText());
        if (!matcher.find()) {
            throw new AssertionError(log + " has no " + pattern);
        }
        return matcher.group(1);
    }

    long pid() {
        return process.pid();
    }

    /** Waits for the process to end by itself (a training run that exits after start-up). */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(log + ": did not end within " + TIMEOUT.toSeconds() + " s");
        }
        return process.exitValue();
    }

    String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return ""; // a character half written; the next poll reads it whole
        }
    }

    /** SIGTERM (a graceful stop), then SIGKILL if it has not ended within 30 seconds. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killAtExit);
        } catch (IllegalStateException jvmShuttingDown) {
            // the hook runs anyway and finds the process gone
        }
    }
}
